package jp.resas.ops.monitoring.runs;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * A collector that fails once may be a blip (throttling, a deploy); one that fails
 * {@value #FAILURES_BEFORE_INCIDENT} times in a row leaves a hole in the monthly report, so a person
 * must look: an incident is opened, and later failures are added to it until it is closed.
 */
public final class FailureEscalation {

    public static final int FAILURES_BEFORE_INCIDENT = 3;

    private final CollectorRuns runs;
    private final CollectorIncidents incidents;

    public FailureEscalation(CollectorRuns runs, CollectorIncidents incidents) {
        this.runs = runs;
        this.incidents = incidents;
    }

    public OptionalLong failed(RunReport failure) {
        runs.record(failure);
        int failures = runs.consecutiveFailures(failure.collector());
        if (failures < FAILURES_BEFORE_INCIDENT) {
            return OptionalLong.empty();
        }
        String name = failure.collector().functionName();
        Instant at = failure.finishedAt();
        return OptionalLong.of(incidents.openOrAdd("collector:" + name, "COLLECTOR", 3,
                name + " failed " + failures + " times in a row",
                name + " failed for " + failure.period() + ": " + failure.error(), at));
    }
}
