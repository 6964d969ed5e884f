/**
 * CloudWatch alarms as the platform sees them: the state changes AWS delivers (by EventBridge, SNS or
 * an alarm's Lambda action) and the rules that turn them into incidents. Framework-free: adapters
 * live in {@code event} (JSON) and {@code infrastructure} (PostgreSQL).
 */
package jp.resas.ops.alarm;
