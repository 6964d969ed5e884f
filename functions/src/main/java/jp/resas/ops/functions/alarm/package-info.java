/** The {@code alarm-intake} function: CloudWatch alarm state changes in, incidents out. */
package jp.resas.ops.functions.alarm;
