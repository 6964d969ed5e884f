/**
 * A Step Functions (Amazon States Language) runner that executes state machines in-process.
 *
 * <p>The public API: {@link jp.resas.ops.local.sfn.StateMachine#parse} validates a definition,
 * {@link jp.resas.ops.local.sfn.Runner} starts {@link jp.resas.ops.local.sfn.Execution}s and receives
 * task-token callbacks, {@link jp.resas.ops.local.sfn.RunnerConfig} chooses the clock and how Task
 * resources reach code ({@link jp.resas.ops.local.sfn.task.TaskIntegration}).
 */
package jp.resas.ops.local.sfn;
