/** The {@code resas-ops} command line (picocli): English output, JSON where scripts read it. */
package jp.resas.ops.local.cli;
