package jp.resas.ops.monitoring.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.CollectionPeriod;

/**
 * One day (midnight to midnight, Japan time) of one service's daily values and five-minute
 * availability periods, in one GetMetricData round (batched and paged by the source). A query that
 * returns no datapoint is named as missing and stores nothing: "no data" and "zero" are different
 * answers.
 */
public final class CollectingMetrics {

    private final String service;
    private final MetricSource source;
    private final MetricTargets targets;

    public CollectingMetrics(String service, MetricSource source, MetricTargets targets) {
        this.service = service;
        this.source = source;
        this.targets = targets;
    }

    public String service() {
        return service;
    }

    public MetricsHarvest fetch(LocalDate day) {
        Instant start = day.atStartOfDay(CollectionPeriod.JST).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(CollectionPeriod.JST).toInstant();
        List<MetricQuery> daily = MetricCatalog.daily(targets);
        List<MetricQuery> availability = AvailabilityRule.queries(targets.availability());
        List<MetricQuery> all = new ArrayList<>(daily);
        all.addAll(availability);
        if (all.isEmpty()) {
            throw new IllegalStateException("no metric targets for service " + service);
        }
        Map<String, MetricSeries> series = source.fetch(all, start, end);
        List<String> missing = new ArrayList<>();
        List<DailyMetric> metrics = new ArrayList<>();
        for (MetricQuery query : daily) {
            MetricSeries values = series.get(query.id());
            String name = service + ": " + query.namespace() + " " + query.metric() + " " + query.stat() + " " + query.resource();
            if (values == null || values.values().isEmpty()) {
                missing.add(name + ": no datapoint");
                continue;
            }
            if (!values.complete()) {
                missing.add(name + ": CloudWatch returned partial data");
            }
            double value = combine(query.stat(), values.values());
            boolean breached = query.threshold() != null && value > query.threshold();
            metrics.add(new DailyMetric(day, query.namespace(), query.metric(), query.resource(), query.stat(), value,
                    query.threshold(), breached));
        }
        return new MetricsHarvest(service, day, metrics, availability(day, start, end, series, missing), missing);
    }

    private Optional<AvailabilityDay> availability(LocalDate day, Instant start, Instant end,
            Map<String, MetricSeries> series, List<String> missing) {
        if (targets.availability().isEmpty()) {
            return Optional.empty();
        }
        List<String> unusable = AvailabilityRule.unusable(targets.availability().get(), series);
        if (!unusable.isEmpty()) {
            missing.add(service + ": availability " + day + ": " + targets.availability().get().rule()
                    + " metrics incomplete " + unusable);
            return Optional.empty();
        }
        return Optional.of(AvailabilityRule.judge(targets.availability().get(), day, start, end, series));
    }

    /**
     * A day is one period, so CloudWatch normally answers one datapoint; should it split the day, sums
     * add up and extremes take the extreme. Percentiles and averages cannot be combined exactly, so
     * the largest is kept: the report errs towards the pessimistic.
     */
    static double combine(String stat, List<Double> values) {
        return switch (stat) {
            case "Sum", "SampleCount" -> values.stream().mapToDouble(Double::doubleValue).sum();
            case "Minimum" -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            default -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        };
    }
}
