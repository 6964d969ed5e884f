package jp.resas.ops.monitoring.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitored.AvailabilityMeasure;

/**
 * Availability (稼働率) of a service by the rule its description names: the share of a month's
 * five-minute periods that were not breached. A period is breached when the service's 5xx share
 * (API Gateway 5xx / Count, CloudFront's 5xxErrorRate, or the load balancer's target and ELB 5xx /
 * RequestCount) is above {@code maxErrorPercent}, or when its Route 53 health check reported a
 * failure. A period without requests is available: nothing failed. A day whose metrics could not
 * be read is not counted at all, and the month says which days are missing.
 */
public final class AvailabilityRule {

    public static final int PERIOD_SECONDS = 300;
    static final String REQUESTS = "availRequests";
    static final String ERRORS = "availErrors";
    static final String MORE_ERRORS = "availErrorsElb";
    static final String HEALTH = "availHealth";

    private AvailabilityRule() {
    }

    public static List<MetricQuery> queries(Optional<AvailabilityMeasure> availability) {
        List<MetricQuery> queries = new ArrayList<>();
        availability.ifPresent(measure -> {
            String r = measure.resource();
            switch (measure.rule()) {
                case API_5XX_SHARE -> {
                    queries.add(five(REQUESTS, "AWS/ApiGateway", "Count", Map.of("ApiId", r), "Sum", r, false));
                    queries.add(five(ERRORS, "AWS/ApiGateway", "5xx", Map.of("ApiId", r), "Sum", r, false));
                }
                case CLOUDFRONT_5XX_RATE -> queries.add(five(ERRORS, "AWS/CloudFront", "5xxErrorRate",
                        Map.of("DistributionId", r, "Region", "Global"), "Average", r, true));
                case LOAD_BALANCER_5XX_SHARE -> {
                    queries.add(five(REQUESTS, "AWS/ApplicationELB", "RequestCount", Map.of("LoadBalancer", r), "Sum", r,
                            false));
                    queries.add(five(ERRORS, "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
                            Map.of("LoadBalancer", r), "Sum", r, false));
                    queries.add(five(MORE_ERRORS, "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count",
                            Map.of("LoadBalancer", r), "Sum", r, false));
                }
                case HEALTH_CHECK -> {
                    // the health check is the rule itself: added below
                }
            }
            String check = measure.rule() == AvailabilityMeasure.Rule.HEALTH_CHECK ? r : measure.healthCheck().orElse(null);
            if (check != null) {
                queries.add(five(HEALTH, "AWS/Route53", "HealthCheckStatus", Map.of("HealthCheckId", check), "Minimum",
                        check, true));
            }
        });
        return queries;
    }

    /** The series the rule needs and is missing or incomplete, by query id; empty when the day can be judged. */
    public static List<String> unusable(AvailabilityMeasure measure, Map<String, MetricSeries> series) {
        List<String> needed = queries(Optional.of(measure)).stream().map(MetricQuery::id).toList();
        return needed.stream().filter(id -> !HEALTH.equals(id) || measure.rule() == AvailabilityMeasure.Rule.HEALTH_CHECK)
                .filter(id -> series.get(id) == null || !series.get(id).complete()).toList();
    }

    public static AvailabilityDay judge(AvailabilityMeasure measure, LocalDate day, Instant start, Instant end,
            Map<String, MetricSeries> series) {
        Map<Instant, Double> requests = byTime(series.get(REQUESTS));
        Map<Instant, Double> errors = byTime(series.get(ERRORS));
        Map<Instant, Double> moreErrors = byTime(series.get(MORE_ERRORS));
        Map<Instant, Double> checks = byTime(series.get(HEALTH));
        int periods = 0;
        int breached = 0;
        int idle = 0;
        for (Instant slot = start; slot.isBefore(end); slot = slot.plusSeconds(PERIOD_SECONDS)) {
            periods++;
            boolean checkFailed = checks.containsKey(slot) && checks.get(slot) < 1.0;
            Double share = errorPercent(measure.rule(), requests.get(slot), errors.get(slot), moreErrors.get(slot));
            if (checkFailed || (share != null && share > measure.maxErrorPercent())) {
                breached++;
            } else if (share == null && (measure.rule() != AvailabilityMeasure.Rule.HEALTH_CHECK || !checks.containsKey(slot))) {
                idle++;
            }
        }
        return new AvailabilityDay(day, periods, breached, idle);
    }

    /** The period's 5xx share in percent, or null when it had no traffic to judge. */
    private static Double errorPercent(AvailabilityMeasure.Rule rule, Double requests, Double errors, Double more) {
        return switch (rule) {
            case CLOUDFRONT_5XX_RATE -> errors;
            case API_5XX_SHARE, LOAD_BALANCER_5XX_SHARE -> requests == null || requests == 0 ? null
                    : (value(errors) + value(more)) * 100 / requests;
            case HEALTH_CHECK -> null;
        };
    }

    private static double value(Double v) {
        return v == null ? 0 : v;
    }

    private static MetricQuery five(String id, String namespace, String metric, Map<String, String> dims, String stat,
            String resource, boolean global) {
        return new MetricQuery(id, namespace, metric, dims, stat, PERIOD_SECONDS, resource, global, null);
    }

    private static Map<Instant, Double> byTime(MetricSeries series) {
        Map<Instant, Double> values = new HashMap<>();
        if (series != null) {
            for (int i = 0; i < series.values().size(); i++) {
                values.put(series.timestamps().get(i), series.values().get(i));
            }
        }
        return values;
    }
}
