package jp.resas.ops.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import java.util.Optional;
import jp.resas.ops.audit.AuditLog;

/**
 * The end of a run that publishes nothing: its version is discarded; a rejection is recorded, anything
 * else (validation errors, a source that failed, an approval that timed out) also raises a data-update
 * incident for the operators. Repeating it changes nothing, and the end of an execution that no longer
 * drives the run (it was collected again) changes nothing either.
 */
public final class FailingRun {

    public static final String REJECTED = "Pipeline.Rejected";
    public static final String CANCELLED = "Pipeline.Cancelled";

    private final RunRecords runs;
    private final Staging staging;
    private final Rounds rounds;
    private final DataUpdateIncidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    public FailingRun(RunRecords runs, Staging staging, Rounds rounds, DataUpdateIncidents incidents, AuditLog audit,
            Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.rounds = rounds;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code execution}: the execution reporting the end, null when not known (the API, a tool). */
    public Run fail(RunId id, String error, String cause, String execution) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (supersededBy(id, execution).isPresent()) {
            return run;
        }
        if (run.versionId() != null) {
            staging.discard(run.versionId());
        }
        if (run.status() == RunStatus.PUBLISHED || run.status() == RunStatus.FAILED) {
            return run;
        }
        Instant now = clock.instant();
        boolean rejected = REJECTED.equals(error) || run.status() == RunStatus.REJECTED;
        String reason = rejected ? run.failureReason() : rootCause(id, error) + error + ": " + (cause == null ? "" : cause);
        runs.status(id, rejected ? RunStatus.REJECTED : RunStatus.FAILED, now, reason);
        runs.step(id, rejected ? "rejected" : "failed", StepStatus.FAILED, now, Map.of("error", error, "cause",
                cause == null ? "" : cause));
        if (run.roundId() != null) {
            rounds.progress(run.roundId(), run.dataset(), rejected ? RunStatus.REJECTED : RunStatus.FAILED);
        }
        if (!rejected && !CANCELLED.equals(error)) {
            runs.incident(id, incidents.raise(run, reason, now));
        }
        audit.append(new AuditEntry("pipeline", rejected ? "pipeline.run.closed_rejected" : "pipeline.run.failed",
                "pipeline_run", String.valueOf(id.value()), Map.of("dataset", run.dataset().value(), "reason",
                        reason == null ? "" : reason), "pipeline"));
        return runs.find(id).orElseThrow(id::notFound);
    }

    /**
     * The execution that drives the run now, when it is another than {@code execution} (whose end then
     * changes nothing); empty when {@code execution} is not known or still drives the run.
     */
    public Optional<String> supersededBy(RunId id, String execution) {
        runs.lock(id).orElseThrow(id::notFound);
        String current = runs.execution(id).orElse(null);
        return execution != null && current != null && !execution.equals(current) ? Optional.of(current) : Optional.empty();
    }

    /**
     * The failed chunks' root causes, named before the error that ended the run: a Map reports only
     * {@code States.ExceedToleratedFailureThreshold}, the chunk's own failure (a full disk) is what to fix.
     */
    private String rootCause(RunId id, String error) {
        if (CANCELLED.equals(error)) {
            return "";
        }
        List<String> chunks = runs.chunkFailures(id);
        if (chunks.isEmpty()) {
            return "";
        }
        return "process ステップのチャンク " + chunks.get(0) + (chunks.size() > 1 ? "（ほか " + (chunks.size() - 1) + " チャンク）" : "")
                + " — ";
    }
}
