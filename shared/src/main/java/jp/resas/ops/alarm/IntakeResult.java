package jp.resas.ops.alarm;

import java.util.Optional;
import jp.resas.ops.incident.IncidentId;

/** What one notice did. */
public record IntakeResult(Outcome outcome, Optional<IncidentId> incident) {

    public enum Outcome {
        /** A new incident was opened. */
        OPENED,
        /** The alarm fired again on an incident that was already there. */
        OCCURRENCE_ADDED,
        /** The alarm went back to OK; the incident shows it recovered (and closed, if auto-resolve). */
        RECOVERED,
        /** A note on the open incident (INSUFFICIENT_DATA, configuration change). */
        NOTED,
        /** Kept in the alarm's history; no incident concerned. */
        RECORDED,
        /** Seen before: nothing changed. */
        DUPLICATE
    }

    static IntakeResult of(Outcome outcome, IncidentId incident) {
        return new IntakeResult(outcome, Optional.ofNullable(incident));
    }
}
