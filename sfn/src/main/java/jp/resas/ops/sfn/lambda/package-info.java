/**
 * Lambda for the runner: the {@link jp.resas.ops.sfn.lambda.LambdaFunctions} port that resolves
 * a function name to code, in-process Java handlers named by {@code Class::method}, and the Task
 * integration for both Lambda resource forms.
 */
package jp.resas.ops.sfn.lambda;
