/**
 * A Step Functions (Amazon States Language) runner that executes state machines in-process: this
 * package is its whole public API; {@code jp.resas.ops.sfn.internal} (parser, interpreter, JSONPath,
 * intrinsic functions, built-in Task integrations) may change without notice.
 *
 * <p>{@link jp.resas.ops.sfn.StateMachine#parse} validates a definition ({@link
 * jp.resas.ops.sfn.AslValidationException}); {@link jp.resas.ops.sfn.Runner} starts {@link
 * jp.resas.ops.sfn.Execution}s and receives task-token callbacks; {@link jp.resas.ops.sfn.RunnerConfig}
 * chooses the clock ({@link jp.resas.ops.sfn.SfnClock}, {@link jp.resas.ops.sfn.VirtualClock}), the object
 * store ({@link jp.resas.ops.sfn.ObjectStore}), how Lambda tasks reach code ({@link
 * jp.resas.ops.sfn.LambdaFunctions}) and other Task resources ({@link jp.resas.ops.sfn.TaskIntegration});
 * {@link jp.resas.ops.sfn.CdkTemplates} reads state machines from a synthesised {@code cdk.out};
 * {@link jp.resas.ops.sfn.MockConfig} reads a Step Functions Local mock configuration.
 *
 * <p>Plain Java over Jackson and JSONata: no framework and no database ({@code SfnModuleDependenciesTest}).
 * The test-jar adds {@code jp.resas.ops.sfn.testing.SfnTestKit} for other modules' tests.
 */
package jp.resas.ops.sfn;
