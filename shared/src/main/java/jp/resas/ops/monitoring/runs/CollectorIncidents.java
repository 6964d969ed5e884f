package jp.resas.ops.monitoring.runs;

import java.time.Instant;

/** Opens incidents for the collectors and budgets (port; the incident table in {@code infrastructure}). */
public interface CollectorIncidents {

    /**
     * Opens an incident under {@code dedupKey}, or adds an occurrence and a timeline entry to the one
     * that is open under it; answers the incident's id.
     */
    long openOrAdd(String dedupKey, String source, int severity, String title, String message, Instant at);
}
