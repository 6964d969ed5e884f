/**
 * {@code resas-ops bench api|intake}: benchmarks that seed their own data, warm up, and run the RESAS Ops side
 * and a plain-JDBC baseline in turn (A, B, A, B, …), printing the min and median of the paired ratios with the
 * machine's load average, because only ratios measured side by side mean anything on a shared machine.
 */
package jp.resas.ops.local.bench;
