/**
 * The interpreter: walks a state graph, applies input/output processing, retries and catches
 * errors, runs Parallel branches and Map iterations, and records the execution history.
 */
package jp.resas.ops.sfn.internal.engine;
