/** The metrics-collector Lambda handler. */
package jp.resas.ops.functions.metrics;
