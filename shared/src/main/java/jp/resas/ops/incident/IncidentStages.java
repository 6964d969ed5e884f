package jp.resas.ops.incident;

import java.time.Instant;

/** When the incident reached each stage after detection; {@code null} where it has not (yet). */
public record IncidentStages(Instant respondedAt, Instant mitigatedAt, Instant rootCauseAt, Instant resolvedAt) {
}
