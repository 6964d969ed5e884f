/**
 * The Task integration for both Lambda resource forms, calling the functions a
 * {@link jp.resas.ops.sfn.LambdaFunctions} resolves.
 */
package jp.resas.ops.sfn.internal.lambda;
