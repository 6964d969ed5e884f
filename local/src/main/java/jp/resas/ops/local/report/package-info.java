/** {@code resas-ops report}: the deliverables written to a directory from the local platform's records. */
package jp.resas.ops.local.report;
