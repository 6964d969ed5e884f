/**
 * A Step Functions (Amazon States Language) runner that executes state machines in-process.
 *
 * <p>The public API: {@link jp.resas.ops.sfn.StateMachine#parse} validates a definition,
 * {@link jp.resas.ops.sfn.Runner} starts {@link jp.resas.ops.sfn.Execution}s and receives
 * task-token callbacks, {@link jp.resas.ops.sfn.RunnerConfig} chooses the clock and how Task
 * resources reach code ({@link jp.resas.ops.sfn.task.TaskIntegration}).
 */
package jp.resas.ops.sfn;
