/** Helpers for JUnit tests that run a pipeline's state machine path by path. */
package jp.resas.ops.sfn.testing;
