package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.processing.ProcessingContext;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.CollectingRun;
import jp.resas.ops.pipeline.CompletingValidation;
import jp.resas.ops.pipeline.ProcessingChunk;
import jp.resas.ops.pipeline.RootCause;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.pipeline.StaleCollectionException;
import jp.resas.ops.pipeline.StartingRun;
import jp.resas.ops.pipeline.ValidatingFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction boundary of a run's business steps up to staging, each one transaction and each safe to
 * repeat (a redriven execution or a retried Lambda changes nothing it already did): start, collect,
 * process a chunk, complete the validation; and the dry run.
 */
@Singleton
public class PipelineService {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineService.class);

    private final StartingRun starting;
    private final CollectingRun collecting;
    private final ProcessingChunk processing;
    private final CompletingValidation completing;
    private final ValidatingFile validating;
    private final RunRecords runs;

    PipelineService(StartingRun starting, CollectingRun collecting, ProcessingChunk processing,
            CompletingValidation completing, ValidatingFile validating, RunRecords runs) {
        this.starting = starting;
        this.collecting = collecting;
        this.processing = processing;
        this.completing = completing;
        this.validating = validating;
        this.runs = runs;
    }

    /** Execution names derive from round and dataset, so starting the same update twice gives the same run. */
    public static String executionName(String dataset, Long roundId, String unique) {
        return StartingRun.executionName(dataset, roundId, unique);
    }

    /**
     * Starts a run of {@code dataset}: in an approved round that plans it, or, with {@code outOfRound},
     * outside any round (an operator's explicit decision, audited as such and named {@code out-of-round-…}).
     */
    @Transactional
    public Run start(String dataset, Long roundId, String executionName, LocalDate referenceDate, String user,
            boolean outOfRound) {
        return starting.start(new DatasetId(dataset), roundId, executionName, referenceDate, user, outOfRound);
    }

    /** The run of one planned time of a schedule; empty when that time's run exists already. */
    @Transactional
    public Optional<Run> startScheduled(String dataset, String scheduledTime) {
        return starting.startScheduled(new DatasetId(dataset), scheduledTime);
    }

    /** As {@link #collect(RunId, String, String)} without an execution name (tests, tools). */
    public List<Chunk> collect(RunId id, String inboxKey) {
        return collect(id, inboxKey, null).chunks();
    }

    @Transactional
    public CollectingRun.Collected collect(RunId id, String inboxKey, String executionName) {
        return collecting.collect(id, inboxKey, executionName);
    }

    @Transactional
    public Map<String, Object> processChunk(RunId id, Chunk chunk, ProcessingContext.Progress progress) {
        return processing.process(id, chunk, progress);
    }

    /**
     * As {@link #processChunk}, one Map item of the state machine: when the chunk fails (its transaction rolled
     * back), its root cause is recorded with the process step in a transaction of its own before the failure
     * goes on to the Map, whose own error ({@code States.ExceedToleratedFailureThreshold}) does not carry it.
     * A stale chunk (of an earlier collection) is not recorded against the current one.
     */
    public Map<String, Object> processChunkRecordingFailure(RunId id, Chunk chunk, ProcessingContext.Progress progress) {
        try {
            return processChunk(id, chunk, progress);
        } catch (StaleCollectionException e) {
            throw e;
        } catch (RuntimeException e) {
            String cause = RootCause.of(e);
            try {
                chunkFailed(id, chunk, cause);
            } catch (RuntimeException recording) {
                LOG.warn("run {} chunk {} failed ({}) and could not be recorded: {}", id.value(), chunk.index(), cause,
                        recording.getMessage());
            }
            throw e;
        }
    }

    @Transactional
    public void chunkFailed(RunId id, Chunk chunk, String cause) {
        runs.chunkFailure(id, chunk.index(), cause);
    }

    /** As {@link #complete(RunId, VersionId)} for the run's current version. */
    public ValidationReport complete(RunId id) {
        return complete(id, null);
    }

    @Transactional
    public ValidationReport complete(RunId id, VersionId expected) {
        return completing.complete(id, expected);
    }

    /** Validates a file as a run would without recording anything. */
    @Transactional
    public ValidationReport dryRun(String dataset, InputStream file, String fileName, LocalDate referenceDate,
            ProcessingContext.Progress progress) {
        return validating.validate(new DatasetId(dataset), file, fileName, referenceDate, progress);
    }
}
