/**
 * The monitored system in CDK: the description read at synth, the stack deployed into each monitored
 * account (read role, alarm forwarding) and the ops account's side of it.
 */
package jp.resas.ops.infra.monitored;
