package jp.resas.ops.monitoring.metrics.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.metrics.MetricQuery;
import jp.resas.ops.monitoring.metrics.MetricSeries;
import jp.resas.ops.monitoring.metrics.MetricSource;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/**
 * GetMetricData (query protocol on the wire in SDK 2.40.2): at most {@value #MAX_QUERIES} queries
 * per call, every page followed by NextToken, a series' pages joined in time order. Global metrics
 * (CloudFront, Route 53) are asked of the us-east-1 client.
 */
public final class AwsMetricSource implements MetricSource {

    public static final int MAX_QUERIES = 500;

    private final CloudWatchClient home;
    private final CloudWatchClient global;

    public AwsMetricSource(CloudWatchClient home, CloudWatchClient global) {
        this.home = home;
        this.global = global;
    }

    @Override
    public Map<String, MetricSeries> fetch(List<MetricQuery> queries, Instant start, Instant end) {
        Map<String, MetricSeries> series = new HashMap<>();
        List<MetricQuery> regional = queries.stream().filter(query -> !query.global()).toList();
        List<MetricQuery> worldwide = queries.stream().filter(MetricQuery::global).toList();
        for (int i = 0; i < regional.size(); i += MAX_QUERIES) {
            series.putAll(batch(home, regional.subList(i, Math.min(i + MAX_QUERIES, regional.size())), start, end));
        }
        for (int i = 0; i < worldwide.size(); i += MAX_QUERIES) {
            series.putAll(batch(global, worldwide.subList(i, Math.min(i + MAX_QUERIES, worldwide.size())), start, end));
        }
        return series;
    }

    private static Map<String, MetricSeries> batch(CloudWatchClient client, List<MetricQuery> queries, Instant start,
            Instant end) {
        List<MetricDataQuery> request = queries.stream().map(AwsMetricSource::query).toList();
        Map<String, List<Instant>> times = new HashMap<>();
        Map<String, List<Double>> values = new HashMap<>();
        Map<String, StatusCode> status = new HashMap<>();
        String token = null;
        do {
            String page = token;
            GetMetricDataResponse response = client.getMetricData(r -> r.metricDataQueries(request)
                    .startTime(start).endTime(end).scanBy(ScanBy.TIMESTAMP_ASCENDING).nextToken(page));
            for (MetricDataResult result : response.metricDataResults()) {
                times.computeIfAbsent(result.id(), id -> new ArrayList<>()).addAll(result.timestamps());
                values.computeIfAbsent(result.id(), id -> new ArrayList<>()).addAll(result.values());
                status.put(result.id(), result.statusCode());
            }
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        Map<String, MetricSeries> series = new HashMap<>();
        times.forEach((id, at) -> series.put(id, new MetricSeries(id, at, values.get(id),
                status.get(id) == StatusCode.COMPLETE)));
        return series;
    }

    private static MetricDataQuery query(MetricQuery query) {
        List<Dimension> dimensions = query.dimensions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(d -> Dimension.builder().name(d.getKey()).value(d.getValue()).build()).toList();
        return MetricDataQuery.builder()
                .id(query.id())
                .metricStat(MetricStat.builder()
                        .metric(Metric.builder().namespace(query.namespace()).metricName(query.metric())
                                .dimensions(dimensions).build())
                        .period(query.periodSeconds())
                        .stat(query.stat())
                        .build())
                .returnData(true)
                .build();
    }
}
