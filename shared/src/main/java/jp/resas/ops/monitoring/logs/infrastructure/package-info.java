/** Logs Insights through the AWS SDK (JSON 1.1), the log-error tables, the log collector's entry point. */
package jp.resas.ops.monitoring.logs.infrastructure;
