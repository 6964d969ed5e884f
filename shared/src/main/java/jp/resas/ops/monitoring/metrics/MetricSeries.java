package jp.resas.ops.monitoring.metrics;

import java.time.Instant;
import java.util.List;

/** The datapoints of one query, oldest first; {@code complete} is false when CloudWatch said PartialData. */
public record MetricSeries(String id, List<Instant> timestamps, List<Double> values, boolean complete) {

    public MetricSeries {
        timestamps = List.copyOf(timestamps);
        values = List.copyOf(values);
        if (timestamps.size() != values.size()) {
            throw new IllegalArgumentException("series " + id + ": " + timestamps.size() + " timestamps but "
                    + values.size() + " values");
        }
    }
}
