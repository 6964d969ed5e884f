/** CloudWatch GetMetricData through the AWS SDK, the metric tables in PostgreSQL, the collector's entry point. */
package jp.resas.ops.monitoring.metrics.infrastructure;
