/**
 * Internal to the runner (public only for {@link jp.resas.ops.local.sfn.Runner}); the interpreter: walks a state graph, applies input/output processing, retries and catches
 * errors, runs Parallel branches and Map iterations, and records the execution history.
 */
package jp.resas.ops.local.sfn.engine;
