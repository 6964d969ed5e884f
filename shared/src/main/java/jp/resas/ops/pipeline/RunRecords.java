package jp.resas.ops.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.dataset.processing.VersionSummary;

/**
 * Port: runs, their steps, raw objects and chunk outcomes (PostgreSQL in {@code infrastructure}). Runs
 * inside the caller's transaction.
 */
public interface RunRecords {

    /** Creates the run, or returns the one with this execution name (a second start changes nothing). */
    Run createOrGet(DatasetId dataset, Long roundId, String executionName, LocalDate referenceDate, String startedBy,
            Instant at);

    /** Makes the run named {@code executionName}; empty when a run of that name exists already. */
    Optional<Run> createIfAbsent(DatasetId dataset, String executionName, LocalDate referenceDate, String startedBy,
            Instant at);

    Optional<Run> find(RunId id);

    /** The run, held until the transaction ends so concurrent steps on it queue. */
    Optional<Run> lock(RunId id);

    void status(RunId id, RunStatus status, Instant finishedAt, String failureReason);

    void version(RunId id, VersionId version);

    void report(RunId id, ValidationReport report);

    /** The approval step waits with {@code token}: the run awaits approval. */
    void awaitApproval(RunId id, String token);

    /** The task token of the approval step waiting on the run, if any. */
    Optional<String> token(RunId id);

    void decision(RunId id, String by, Instant at, String comment, VersionId version, String digest);

    /** The version and digest the recorded decision was taken on. */
    Optional<BoundDecision> decidedOn(RunId id);

    void incident(RunId id, long incidentId);

    /** Records (or updates) the run's step; a STARTED step has no finish time. */
    void step(RunId id, String step, StepStatus status, Instant at, Map<String, ?> detail);

    List<RunStep> steps(RunId id);

    void raw(RunId id, VersionId version, int part, StoredObject object, String source, Instant fetchedAt);

    /** The version's raw objects' combined checksum (each part's SHA-256, in order), or empty when it has none. */
    Optional<String> sources(VersionId version);

    /** The version a raw object was collected into (a chunk names its object), if this run collected it. */
    Optional<VersionId> versionOf(RunId id, String objectKey);

    /**
     * A collection starts again: the run goes back to RUNNING and whatever was decided or awaited for the
     * previous version is void (an approval binds the version it was given for). Returns the old token.
     */
    Optional<String> recollect(RunId id);

    /**
     * A failed run is redriven: RUNNING again, not finished, without a failure reason, and nothing decided or
     * awaited (whatever was decided was for the version that was discarded when it failed).
     */
    void reopen(RunId id);

    /** The inbox object the run last collected from (a vendor file, a file given to {@code pipeline run}), if any. */
    Optional<String> inboxKey(RunId id);

    /** The execution now driving the run (its collection or its approval step); null leaves it as it is. */
    void execution(RunId id, String execution);

    Optional<String> execution(RunId id);

    /** Records a loaded chunk in the process step, which succeeds once all {@code planned} chunks have loaded. */
    void processProgress(RunId id, VersionId version, int planned, Instant at);

    /** A chunk failed (its transaction rolled back): its root cause joins the process step's failures. */
    void chunkFailure(RunId id, int chunk, String cause);

    /** The failed chunks of the run's current collection, as "chunk: root cause", in the order they failed. */
    List<String> chunkFailures(RunId id);

    void executor(RunId id, String executor);

    /** Unfinished runs with who executes them. */
    List<UnfinishedRun> unfinished();

    /** The summary of the dataset's published version, what drift is measured against. */
    Optional<VersionSummary> publishedSummary(DatasetId dataset);

    void chunk(RunId id, VersionId version, int chunk, DatasetProcessor.ChunkOutcome outcome);

    List<DatasetProcessor.ChunkOutcome> chunkOutcomes(VersionId version);

    /** The chunk numbers whose outcome the version has. */
    List<Integer> chunkNumbers(VersionId version);
}
