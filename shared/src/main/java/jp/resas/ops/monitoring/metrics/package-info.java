/**
 * Resource use and availability from CloudWatch metrics: a daily value per metric and resource,
 * flagged against headroom thresholds, and per-day counts of five-minute periods for availability.
 */
package jp.resas.ops.monitoring.metrics;
