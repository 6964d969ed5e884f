package jp.resas.ops.monitoring.metrics;

import java.time.LocalDate;

/** @param breached the value is above {@code threshold} (resource headroom running out) */
public record DailyMetric(LocalDate day, String namespace, String metric, String resource, String stat, double value,
        Double threshold, boolean breached) {
}
