package jp.resas.ops.monitoring.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/**
 * One day of every service's metrics. A service that could not be read is named in {@code missing}
 * and keeps its previously stored figures; the others are stored.
 */
public record MetricsDay(LocalDate day, List<MetricsHarvest> services, List<String> missing) implements Harvest {

    public MetricsDay {
        services = List.copyOf(services);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("services", services.size(),
                "metricValues", services.stream().mapToInt(s -> s.metrics().size()).sum(),
                "availabilityDays", (int) services.stream().filter(s -> s.availability().isPresent()).count(),
                "headroomBreaches", (int) services.stream().flatMap(s -> s.metrics().stream())
                        .filter(DailyMetric::breached).count());
    }
}
