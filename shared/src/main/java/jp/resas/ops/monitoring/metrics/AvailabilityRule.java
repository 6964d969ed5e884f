package jp.resas.ops.monitoring.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability (稼働率) of the ops API: the share of a month's five-minute periods that were not
 * breached. A period is breached when more than {@value #MAX_5XX_PERCENT}% of its requests
 * answered 5xx, or when the Route 53 health check (where configured) reported a failure in it.
 * A period without requests is available: nothing failed. A day whose metrics could not be read
 * is not counted at all, and the month says which days are missing.
 */
public final class AvailabilityRule {

    public static final int PERIOD_SECONDS = 300;
    public static final double MAX_5XX_PERCENT = 5;

    private AvailabilityRule() {
    }

    public static List<MetricQuery> queries(MetricTargets targets) {
        List<MetricQuery> queries = new java.util.ArrayList<>();
        targets.apiId().ifPresent(api -> {
            queries.add(new MetricQuery("availCount", "AWS/ApiGateway", "Count", Map.of("ApiId", api), "Sum",
                    PERIOD_SECONDS, api, false, null));
            queries.add(new MetricQuery("avail5xx", "AWS/ApiGateway", "5xx", Map.of("ApiId", api), "Sum",
                    PERIOD_SECONDS, api, false, null));
        });
        targets.healthCheckId().ifPresent(check -> queries.add(new MetricQuery("availHealth", "AWS/Route53",
                "HealthCheckStatus", Map.of("HealthCheckId", check), "Minimum", PERIOD_SECONDS, check, true, null)));
        return queries;
    }

    public static AvailabilityDay judge(LocalDate day, Instant start, Instant end, MetricSeries count,
            MetricSeries serverErrors, Optional<MetricSeries> health) {
        Map<Instant, Double> requests = byTime(count);
        Map<Instant, Double> errors = byTime(serverErrors);
        Map<Instant, Double> checks = health.map(AvailabilityRule::byTime).orElse(Map.of());
        int periods = 0;
        int breached = 0;
        int idle = 0;
        for (Instant slot = start; slot.isBefore(end); slot = slot.plusSeconds(PERIOD_SECONDS)) {
            periods++;
            double n = requests.getOrDefault(slot, 0.0);
            double failed = errors.getOrDefault(slot, 0.0);
            boolean checkFailed = checks.containsKey(slot) && checks.get(slot) < 1.0;
            if (checkFailed || (n > 0 && failed * 100 / n > MAX_5XX_PERCENT)) {
                breached++;
            } else if (n == 0) {
                idle++;
            }
        }
        return new AvailabilityDay(day, periods, breached, idle);
    }

    private static Map<Instant, Double> byTime(MetricSeries series) {
        Map<Instant, Double> values = new HashMap<>();
        for (int i = 0; i < series.values().size(); i++) {
            values.put(series.timestamps().get(i), series.values().get(i));
        }
        return values;
    }
}
