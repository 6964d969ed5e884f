/**
 * Reading the JSON that AWS delivers when an alarm changes: EventBridge events, SNS notifications (as a
 * Lambda SNS event, an HTTP(S) delivery or a bare message) and alarm Lambda actions.
 */
package jp.resas.ops.alarm.event;
