package jp.resas.ops.incident.web;

import java.time.Instant;
import jp.resas.ops.incident.Incident;

/** An incident as the API shows it (timestamps ISO-8601 UTC, null when not set). */
record IncidentView(long id, String title, int severity, String status, String source, String alarmName,
        String alarmArn, int occurrences, Instant openedAt, Instant recoveredAt, Instant closedAt) {

    static IncidentView of(Incident incident) {
        return new IncidentView(incident.id().value(), incident.title(), incident.severity(),
                incident.status().name(), incident.source().name(), incident.alarmName(), incident.alarmArn(),
                incident.occurrences(), incident.openedAt(), incident.recoveredAt(), incident.closedAt());
    }
}
