/**
 * The {@code incident-notify} handler (started by the alarm intake, by its own one-time EventBridge Scheduler
 * wake-ups and by the business-hours digest schedule): the notification sweep, delivering through SNS
 * ({@code RESAS_NOTIFICATIONS_SNS_TOPIC_ARN}) and the chat webhook (its URL read at use from the secret in
 * {@code RESAS_CHAT_WEBHOOK_SECRET_ARN}) where configured.
 */
package jp.resas.ops.functions.notification;
