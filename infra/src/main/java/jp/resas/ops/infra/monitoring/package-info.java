/**
 * How alarms reach the platform: the EventBridge rule and SNS topic feeding alarm intake, the
 * dead-letter queue behind them, and the alarms the platform raises on itself.
 */
package jp.resas.ops.infra.monitoring;
