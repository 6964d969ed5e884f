/**
 * The cold-start probe run by {@code resas-ops bench coldstart} in fresh JVMs (the function's handler against
 * {@link jp.resas.ops.functions.bench.BareHandler}, the same jar and JVM options).
 */
package jp.resas.ops.functions.bench;
