/**
 * Internal to the runner (public only for {@link jp.resas.ops.sfn.Runner}); the interpreter: walks a state graph, applies input/output processing, retries and catches
 * errors, runs Parallel branches and Map iterations, and records the execution history.
 */
package jp.resas.ops.sfn.engine;
