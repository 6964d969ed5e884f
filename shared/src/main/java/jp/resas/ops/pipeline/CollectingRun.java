package jp.resas.ops.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetCatalog;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.spec.ProcessingSpec;

/**
 * The collect step: the run's raw data goes into a new version. A run collected before (a redriven or
 * restarted execution) gets a fresh version too: the previous one is discarded with its rows, and whatever
 * was decided or awaited for it is void, so the new content needs a new approval.
 */
public final class CollectingRun {

    /** What a collection made: its version and the chunks to process into it. */
    public record Collected(VersionId version, List<Chunk> chunks) {
    }

    private final RunRecords runs;
    private final Staging staging;
    private final RawCollector collector;
    private final DatasetCatalog catalog;
    private final ProcessingSpecs specs;
    private final Rounds rounds;
    private final AuditLog audit;
    /** Told on a best-effort basis: an execution that cannot be told ends by its own timeout. */
    private final ApprovalCallbacks callbacks;
    private final Clock clock;

    public CollectingRun(RunRecords runs, Staging staging, RawCollector collector, DatasetCatalog catalog,
            ProcessingSpecs specs, Rounds rounds, AuditLog audit, ApprovalCallbacks callbacks, Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.collector = collector;
        this.catalog = catalog;
        this.specs = specs;
        this.rounds = rounds;
        this.audit = audit;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    public Collected collect(RunId id, String inboxKey, String executionName) {
        Run run = runs.lock(id).orElseThrow(id::notFound).unfinished();
        if (run.versionId() != null) {
            staging.discard(run.versionId());
            Optional<String> oldToken = runs.recollect(id);
            if (run.roundId() != null) {
                rounds.progress(run.roundId(), run.dataset(), RunStatus.RUNNING);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("discardedVersion", run.versionId().value());
            detail.put("voidedDecisionBy", run.decidedBy() == null ? "" : run.decidedBy());
            audit.append(new AuditEntry("pipeline", "pipeline.run.recollected", "pipeline_run", String.valueOf(id.value()),
                    detail, "pipeline"));
            oldToken.ifPresent(token -> callbacks.rejected(token, id, "superseded: the run was collected again"));
        }
        runs.execution(id, executionName);
        ProcessingSpec spec = specs.require(run.dataset());
        VersionId version = staging.newVersion(id, run.dataset(), spec.specVersion(), run.referenceDate(), executionName);
        runs.version(id, version);
        runs.step(id, "collect", StepStatus.STARTED, clock.instant(), Map.of("versionId", version.value()));
        Dataset dataset = catalog.find(run.dataset()).orElseThrow();
        try {
            List<Chunk> chunks = collector.collect(run, version, dataset, spec, inboxKey);
            staging.collected(version, chunks.size(), runs.sources(version).orElse(""));
            runs.step(id, "collect", StepStatus.SUCCEEDED, clock.instant(), Map.of("chunks", chunks.size(),
                    "versionId", version.value()));
            runs.step(id, "process", StepStatus.STARTED, clock.instant(), Map.of("versionId", version.value(),
                    "chunks", chunks.size(), "done", 0, "perChunk", List.of()));
            return new Collected(version, chunks);
        } catch (IOException e) {
            throw new UncheckedIOException("collecting " + run.dataset() + " failed: " + RootCause.of(e), e);
        }
    }
}
