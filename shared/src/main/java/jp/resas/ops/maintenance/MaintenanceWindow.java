package jp.resas.ops.maintenance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A maintenance window and the alarms recorded during it. {@code alarmPatterns} says which alarms
 * belong to each affected service (empty: every alarm inside the window counts).
 */
public record MaintenanceWindow(long id, String title, Kind kind, List<String> services,
        Map<String, List<String>> alarmPatterns, Instant startsAt, Instant endsAt, Status status, String createdBy,
        long version, List<RecordedAlarm> alarms) {

    public enum Kind {
        PLANNED,
        AD_HOC
    }

    public enum Status {
        SCHEDULED,
        CANCELLED
    }

    /**
     * An alarm that fired inside the window, the incident it opened or joined, and the affected service
     * it belongs to (null when the window does not filter).
     */
    public record RecordedAlarm(String alarmName, String alarmArn, Instant changedAt, Long incidentId, String service) {
    }

    public MaintenanceWindow {
        services = List.copyOf(services);
        alarmPatterns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alarmPatterns));
        alarms = List.copyOf(alarms);
    }
}
