package jp.resas.ops.maintenance;

import java.time.Instant;
import java.util.List;

/** A maintenance window and the alarms recorded during it. */
public record MaintenanceWindow(long id, String title, Kind kind, List<String> services, Instant startsAt,
        Instant endsAt, Status status, String createdBy, long version, List<RecordedAlarm> alarms) {

    public enum Kind {
        PLANNED,
        AD_HOC
    }

    public enum Status {
        SCHEDULED,
        CANCELLED
    }

    /** An alarm that fired inside the window, and the incident it opened or joined. */
    public record RecordedAlarm(String alarmName, String alarmArn, Instant changedAt, Long incidentId) {
    }

    public MaintenanceWindow {
        services = List.copyOf(services);
        alarms = List.copyOf(alarms);
    }
}
