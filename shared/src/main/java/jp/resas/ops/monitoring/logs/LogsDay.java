package jp.resas.ops.monitoring.logs;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/** A day of log errors, one harvest per service read (by service id), and what could not be read. */
public record LogsDay(LocalDate day, Map<String, LogHarvest> services, List<String> missing) implements Harvest {

    public LogsDay {
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("services", services.size());
        services.values().forEach(harvest -> harvest.counts().forEach((name, count) -> counts.merge(name, count, Integer::sum)));
        return counts;
    }
}
