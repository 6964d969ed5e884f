package jp.resas.ops.pipeline;

import java.time.Instant;

/** Port: the incidents a failed data update raises for the operators (source PIPELINE). */
public interface DataUpdateIncidents {

    /** Opens a severity-3 incident for the run that failed; its id. */
    long raise(Run run, String reason, Instant at);

    /** Adds a note to the run's incident's timeline. */
    void note(long incidentId, Instant at, String actor, String message);
}
