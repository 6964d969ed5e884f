/** Throughput measurements of the runner, each beside a plain-Java baseline measured in the same run. */
package jp.resas.ops.sfn.bench;
