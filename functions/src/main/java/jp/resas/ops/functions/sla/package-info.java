/**
 * The scheduled {@code ticket-sla} handler (EventBridge Scheduler, every 5 minutes): runs the SLA
 * watch and publishes each new warning or breach to the SNS topic named by {@code RESAS_SLA_ALERT_TOPIC_ARN}.
 */
package jp.resas.ops.functions.sla;
