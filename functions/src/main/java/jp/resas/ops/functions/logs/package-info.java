/** The log-collector Lambda handler. */
package jp.resas.ops.functions.logs;
