package jp.resas.ops.monitoring.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** CloudWatch GetMetricData (port): every query answered, batched and paged as the API requires. */
public interface MetricSource {

    /** Series by query id, over {@code [start, end)}. */
    Map<String, MetricSeries> fetch(List<MetricQuery> queries, Instant start, Instant end);
}
