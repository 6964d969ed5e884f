/** {@code GET /monitoring/metrics} and {@code GET /monitoring/availability}, as JSON or CSV. */
package jp.resas.ops.monitoring.metrics.web;
