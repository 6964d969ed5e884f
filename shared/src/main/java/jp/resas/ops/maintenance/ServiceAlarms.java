package jp.resas.ops.maintenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.alarm.AlarmRef;

/**
 * A window's affected services and the alarms that belong to each. Without any patterns the window
 * names no alarms and every alarm inside it counts, as before services could be matched.
 */
public record ServiceAlarms(Map<String, List<AlarmPattern>> byService) {

    public static final ServiceAlarms ANY = new ServiceAlarms(Map.of());

    public ServiceAlarms {
        Map<String, List<AlarmPattern>> copy = new LinkedHashMap<>();
        byService.forEach((service, patterns) -> copy.put(service, List.copyOf(patterns)));
        byService = Collections.unmodifiableMap(copy);
    }

    public boolean filters() {
        return byService.values().stream().anyMatch(patterns -> !patterns.isEmpty());
    }

    /** Whether the alarm counts in the window: it belongs to an affected service, or the window does not filter. */
    public boolean covers(AlarmRef alarm) {
        return !filters() || serviceOf(alarm).isPresent();
    }

    /** The first affected service (in the window's order) the alarm belongs to. */
    public Optional<String> serviceOf(AlarmRef alarm) {
        return byService.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> p.matches(alarm)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** As stored and shown: service → the patterns' text. */
    public Map<String, List<String>> texts() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        byService.forEach((service, patterns) -> texts.put(service, patterns.stream().map(AlarmPattern::text).toList()));
        return texts;
    }
}
