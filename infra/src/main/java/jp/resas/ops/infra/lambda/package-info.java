/**
 * The one way every RESAS Ops Lambda is built: {@link jp.resas.ops.infra.lambda.ResasFunction} fixes
 * runtime, architecture, memory, JSON logging, tracing, SnapStart, log retention and VPC placement,
 * so a function's definition states only its handler, timeout and what it reads.
 */
package jp.resas.ops.infra.lambda;
