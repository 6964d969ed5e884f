package jp.resas.ops.incident;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import jp.resas.ops.sla.SlaTimeline;

/**
 * An incident's SLA facts: the clock starts at detection, the first human action is the response,
 * and service restored (暫定対応, or a fix or closure reached without one) is the resolution.
 */
public final class IncidentSla {

    private IncidentSla() {
    }

    public static SlaTimeline timeline(Instant openedAt, Instant respondedAt, Instant mitigatedAt,
            Instant resolvedAt, Instant closedAt) {
        Instant restored = Stream.of(mitigatedAt, resolvedAt, closedAt).filter(t -> t != null)
                .min(Instant::compareTo).orElse(null);
        return new SlaTimeline(openedAt, later(openedAt, respondedAt), later(openedAt, restored), List.of());
    }

    public static SlaTimeline timeline(IncidentDossier dossier) {
        return timeline(dossier.incident().openedAt(), dossier.stages().respondedAt(),
                dossier.stages().mitigatedAt(), dossier.stages().resolvedAt(), dossier.incident().closedAt());
    }

    /** An alarm's first occurrence can move detection earlier than a recorded fact; never before it. */
    private static Instant later(Instant openedAt, Instant fact) {
        return fact == null ? null : fact.isBefore(openedAt) ? openedAt : fact;
    }
}
