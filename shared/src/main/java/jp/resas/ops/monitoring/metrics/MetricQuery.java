package jp.resas.ops.monitoring.metrics;

import java.util.Map;
import java.util.Objects;

/**
 * One GetMetricData query. {@code id} is unique within a run; {@code resource} is how the report
 * names what was measured. {@code global} metrics (CloudFront, Route 53) live in us-east-1.
 *
 * @param threshold the headroom limit a value above which is flagged, or null
 */
public record MetricQuery(String id, String namespace, String metric, Map<String, String> dimensions, String stat,
        int periodSeconds, String resource, boolean global, Double threshold) {

    public MetricQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(stat, "stat");
        dimensions = Map.copyOf(dimensions);
    }
}
