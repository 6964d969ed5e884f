package jp.resas.ops.incident;

import java.time.Instant;

/** An incident as operators list it; {@code recoveredAt} is set while its alarm reports OK. */
public record Incident(
        IncidentId id,
        String title,
        int severity,
        IncidentStatus status,
        IncidentSource source,
        String alarmName,
        String alarmArn,
        int occurrences,
        Instant openedAt,
        Instant recoveredAt,
        Instant closedAt) {
}
