package jp.resas.ops.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/** One Japan-time day of access for every site that could be read, by service id. */
public record ServiceAccessDay(LocalDate day, Map<String, AccessDay> services, List<String> missing)
        implements Harvest {

    public ServiceAccessDay {
        services = Map.copyOf(services);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("services", services.size(),
                "logFiles", services.values().stream().mapToInt(AccessDay::logFiles).sum(),
                "requests", (int) services.values().stream().mapToLong(AccessDay::requests).sum(),
                "pageViews", (int) services.values().stream().mapToLong(AccessDay::pageViews).sum());
    }
}
