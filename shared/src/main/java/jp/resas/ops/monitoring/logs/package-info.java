/**
 * Errors in the system's logs, from CloudWatch Logs Insights: errors per day and log group, the top
 * error signatures (messages with numbers, ids and quoted values normalised) and API 5xx counts.
 */
package jp.resas.ops.monitoring.logs;
