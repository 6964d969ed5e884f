package jp.resas.ops.monitoring.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.Harvest;

/** One service's metrics of one day; {@code service} is the description's id, stored with every figure. */
public record MetricsHarvest(String service, LocalDate day, List<DailyMetric> metrics, Optional<AvailabilityDay> availability,
        List<String> missing) implements Harvest {

    public MetricsHarvest {
        metrics = List.copyOf(metrics);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("metricValues", metrics.size(), "availabilityDays", availability.isPresent() ? 1 : 0,
                "headroomBreaches", (int) metrics.stream().filter(DailyMetric::breached).count());
    }
}
