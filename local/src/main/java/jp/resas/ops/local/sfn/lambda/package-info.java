/**
 * The runner's Lambda binding on this machine: in-process Java handlers named by {@code Class::method}
 * (as a function's {@code Handler} property names them), created by a {@link
 * jp.resas.ops.local.sfn.lambda.HandlerFactory} that can hand them the local platform's collaborators.
 */
package jp.resas.ops.local.sfn.lambda;
