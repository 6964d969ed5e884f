/** The {@code resas-ops sfn} commands: run a definition, list and start the CDK state machines, benchmark. */
package jp.resas.ops.local.sfn.cli;
