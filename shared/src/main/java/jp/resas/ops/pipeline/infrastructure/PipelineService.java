package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.ProcessingContext;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.dataset.read.CsvRecordSource;
import jp.resas.ops.dataset.read.RecordSource;
import jp.resas.ops.dataset.read.SourceFormatException;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.municipality.MunicipalityRegister;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RootCause;
import jp.resas.ops.pipeline.StaleCollectionException;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.VersionDigest;
import jp.resas.ops.pipeline.VersionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business steps of a run up to staging, each one transaction and each safe to repeat (a redriven
 * execution or a retried Lambda changes nothing it already did): start, collect, process a chunk,
 * complete the validation.
 */
@Singleton
public class PipelineService {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final Logger LOG = LoggerFactory.getLogger(PipelineService.class);

    private final RunRecords runs;
    private final Staging staging;
    private final Collector collector;
    private final CatalogService catalog;
    private final ProcessingSpecs specs;
    private final MunicipalityRegister register;
    private final RawStore raw;
    private final AuditLog audit;
    private final ApprovalRelay relay;
    private final Clock clock;
    private final RoundService rounds;

    PipelineService(RunRecords runs, Staging staging, Collector collector, CatalogService catalog, ProcessingSpecs specs,
            MunicipalityRegister register, RawStore raw, AuditLog audit, ApprovalRelay relay, Clock clock,
            RoundService rounds) {
        this.rounds = rounds;
        this.runs = runs;
        this.staging = staging;
        this.collector = collector;
        this.catalog = catalog;
        this.specs = specs;
        this.register = register;
        this.raw = raw;
        this.audit = audit;
        this.relay = relay;
        this.clock = clock;
    }

    /** Execution names derive from round and dataset, so starting the same update twice gives the same run. */
    public static String executionName(String dataset, Long roundId, String unique) {
        return (roundId != null ? "round-" + roundId : "out-of-round-" + unique) + "-" + dataset;
    }

    /**
     * Starts a run of {@code dataset}: in an approved round that plans it, or, with {@code outOfRound},
     * outside any round (an operator's explicit decision, audited as such and named {@code out-of-round-…}).
     */
    @Transactional
    public Run start(String dataset, Long roundId, String executionName, LocalDate referenceDate, String user,
            boolean outOfRound) {
        DatasetId id = new DatasetId(dataset);
        catalog.find(id).orElseThrow(() -> new InvalidInputException("dataset", "データセット「" + dataset + "」は登録されていません。"));
        if (roundId != null && outOfRound) {
            throw new InvalidInputException("outOfRound", "roundId と outOfRound: true は同時に指定できません。");
        }
        if (roundId != null) {
            rounds.requireRunnable(roundId, dataset);
        } else if (!outOfRound) {
            throw new ConflictException("ROUND_REQUIRED", "roundId", "承認済みの更新回 (roundId) を指定してください。"
                    + "更新回外で実行する場合は outOfRound: true を指定してください (監査ログに記録されます)。");
        }
        ProcessingSpec spec = spec(dataset);
        LocalDate reference = referenceDate != null ? referenceDate : spec.referenceDay().orElse(LocalDate.now(clock.withZone(JST)));
        Run run = runs.createOrGet(dataset, roundId, executionName, reference, user, clock.instant());
        if (roundId != null) {
            runs.roundItem(roundId, dataset, "RUNNING");
        }
        audit.append(new AuditEntry(user, outOfRound ? "pipeline.run.started_out_of_round" : "pipeline.run.started",
                "pipeline_run", String.valueOf(run.id().value()), Map.of("dataset", dataset, "executionName", executionName,
                        "outOfRound", outOfRound), null));
        return run;
    }

    /**
     * The run of one planned time of a schedule, named by it; empty when that time's run exists already
     * (the scheduler delivered twice), so the second execution stops without touching it.
     */
    @Transactional
    public Optional<Run> startScheduled(String dataset, String scheduledTime) {
        catalog.find(new DatasetId(dataset)).orElseThrow(() -> new InvalidInputException("dataset",
                "データセット「" + dataset + "」は登録されていません。"));
        String name = "scheduled-" + dataset + "-" + scheduledTime.replaceAll("[^0-9A-Za-z]", "");
        LocalDate reference = spec(dataset).referenceDay().orElse(LocalDate.now(clock.withZone(JST)));
        Optional<Run> run = runs.createIfAbsent(dataset, name, reference, "scheduler", clock.instant());
        run.ifPresent(created -> audit.append(new AuditEntry("scheduler", "pipeline.run.started", "pipeline_run",
                String.valueOf(created.id().value()), Map.of("dataset", dataset, "executionName", name), null)));
        return run;
    }

    /** As {@link #collect(RunId, String, String)} without an execution name (tests, tools). */
    public List<Chunk> collect(RunId id, String inboxKey) {
        return collect(id, inboxKey, null).chunks();
    }

    /** What a collection made: its version and the chunks to process into it. */
    public record Collected(VersionId version, List<Chunk> chunks) {
    }

    /**
     * Collects the run's raw data into a new version. A run collected before (a redriven or restarted
     * execution) gets a fresh version too: the previous one is discarded with its rows, and whatever was
     * decided or awaited for it is void, so the new content needs a new approval.
     */
    @Transactional
    public Collected collect(RunId id, String inboxKey, String executionName) {
        Run run = runs.lock(id).orElseThrow(() -> new InvalidInputException("runId", "実行 " + id.value() + " はありません。"));
        if (run.status().finished()) {
            throw new IllegalStateException("run " + id.value() + " is already " + run.status());
        }
        if (run.versionId() != null) {
            staging.discard(new VersionId(run.versionId()));
            Optional<String> oldToken = runs.recollect(id);
            if (run.roundId() != null) {
                runs.roundItem(run.roundId(), run.dataset(), "RUNNING");
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("discardedVersion", run.versionId());
            detail.put("voidedDecisionBy", run.decidedBy() == null ? "" : run.decidedBy());
            audit.append(new AuditEntry("pipeline", "pipeline.run.recollected", "pipeline_run", String.valueOf(id.value()),
                    detail, "pipeline"));
            oldToken.ifPresent(token -> supersede(id, token));
        }
        runs.execution(id, executionName);
        ProcessingSpec spec = spec(run.dataset());
        VersionId version = staging.newVersion(id, run.dataset(), spec.specVersion(), run.referenceDate(), executionName);
        runs.version(id, version.value());
        runs.step(id, "collect", "STARTED", clock.instant(), Map.of("versionId", version.value()));
        Dataset dataset = catalog.find(new DatasetId(run.dataset())).orElseThrow();
        try {
            List<Chunk> chunks = collector.collect(run, version, dataset, spec, inboxKey);
            staging.collected(version, chunks.size(), runs.sources(version).orElse(""));
            runs.step(id, "collect", "SUCCEEDED", clock.instant(), Map.of("chunks", chunks.size(), "versionId", version.value()));
            runs.step(id, "process", "STARTED", clock.instant(), Map.of("versionId", version.value(), "chunks", chunks.size(),
                    "done", 0, "perChunk", List.of()));
            return new Collected(version, chunks);
        } catch (IOException e) {
            throw new UncheckedIOException("collecting " + run.dataset() + " failed: " + RootCause.of(e), e);
        }
    }

    /** The execution still waiting on the previous version's approval ends (its run was collected again). */
    private void supersede(RunId id, String token) {
        try {
            relay.rejected(token, id, "superseded: the run was collected again");
        } catch (RuntimeException e) {
            LOG.info("the execution waiting on run {}'s previous version could not be told: {}", id.value(), e.getMessage());
        }
    }

    /**
     * Loads one chunk into the version its raw object was collected into, which must still be the run's
     * version and still loading: a chunk of an earlier collection is refused ({@link StaleCollectionException}),
     * never mixed into a newer version. The process step finishes when every planned chunk has.
     */
    @Transactional
    public Map<String, Object> processChunk(RunId id, Chunk chunk, ProcessingContext.Progress progress) {
        Run run = running(id);
        VersionId version = runs.versionOf(id, chunk.key()).orElseThrow(() -> new StaleCollectionException(
                "chunk " + chunk.index() + " (" + chunk.key() + ") was not collected by run " + id.value()));
        Staging.VersionState state = staging.lockShared(version).orElseThrow();
        Run current = runs.find(id).orElseThrow();
        if (!"LOADING".equals(state.status()) || !Long.valueOf(version.value()).equals(current.versionId())) {
            throw new StaleCollectionException("chunk " + chunk.index() + " belongs to version " + version.value() + " ("
                    + state.status() + "), not to run " + id.value() + "'s version " + current.versionId() + ": not loaded");
        }
        if (state.chunks() == null || chunk.index() < 0 || chunk.index() >= state.chunks()) {
            throw new StaleCollectionException("chunk " + chunk.index() + " is not one of the " + state.chunks()
                    + " chunk(s) version " + version.value() + " planned");
        }
        ProcessingSpec spec = spec(run.dataset());
        ProcessingContext context = new ProcessingContext(run.referenceDate(), register, progress);
        DatasetProcessor.ChunkOutcome outcome = staging.load(version, chunk.index(), sink -> {
            try (RecordSource source = open(spec, chunk)) {
                return new DatasetProcessor().process(source, chunk.key(), spec, context, sink);
            } catch (SourceFormatException e) {
                return DatasetProcessor.unreadable(spec, chunk.key(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + chunk.key() + " failed: " + RootCause.of(e), e);
            }
        });
        runs.chunk(id, version, chunk.index(), outcome);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("chunk", chunk.index());
        result.put("rows", outcome.report().rows());
        result.put("errors", outcome.report().errors());
        runs.processProgress(id, version, state.chunks(), clock.instant());
        return result;
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

    private RecordSource open(ProcessingSpec spec, Chunk chunk) throws IOException, SourceFormatException {
        if (chunk.whole() || chunk.offset() == 0) {
            InputStream in = chunk.whole() ? raw.open(chunk.key()) : raw.open(chunk.key(), 0, chunk.length());
            return DatasetProcessor.open(in, spec, chunk.firstLine());
        }
        return CsvRecordSource.openChunk(raw.open(chunk.key()), raw.open(chunk.key(), chunk.offset(), chunk.length()),
                chunk.firstLine(), spec.source());
    }

    /** As {@link #complete(RunId, VersionId)} for the run's current version. */
    public ValidationReport complete(RunId id) {
        return complete(id, null);
    }

    /**
     * Merges the chunks' reports, finds duplicate keys, measures drift; a passing version is staged with
     * its digest. Only the run's current version, and only once every chunk its collection planned loaded.
     */
    @Transactional
    public ValidationReport complete(RunId id, VersionId expected) {
        Run run = runs.lock(id).orElseThrow(() -> new InvalidInputException("runId", "実行 " + id.value() + " はありません。"));
        if (run.status().finished() || run.versionId() == null) {
            throw new IllegalStateException("run " + id.value() + " is " + run.status() + " without a version to validate");
        }
        VersionId version = new VersionId(run.versionId());
        if (expected != null && !expected.equals(version)) {
            throw new StaleCollectionException("version " + expected.value() + " is no longer run " + id.value()
                    + "'s version (" + version.value() + "): it was collected again");
        }
        Staging.VersionState state = staging.lock(version).orElseThrow();
        if (!"LOADING".equals(state.status())) {
            throw new IllegalStateException("version " + version.value() + " is " + state.status() + ", not loading");
        }
        List<Integer> loaded = runs.chunkNumbers(version);
        int planned = state.chunks() == null ? 0 : state.chunks();
        if (loaded.size() != planned || (planned > 0 && loaded.get(planned - 1) != planned - 1)) {
            throw new IllegalStateException("Pipeline.ChunksMissing: version " + version.value() + " has " + loaded.size()
                    + " of its " + planned + " chunk(s) loaded");
        }
        ProcessingSpec spec = spec(run.dataset());
        String file = "raw/" + run.dataset() + "/run-" + id.value() + "/v" + version.value();
        var duplicates = staging.duplicates(version, file, String.join(",", spec.keys()));
        ValidationReport report = DatasetProcessor.complete(spec, file,
                runs.chunks(version, DatasetProcessor.ChunkOutcome.class), runs.publishedSummary(run.dataset()), duplicates);
        runs.report(id, report);
        if (report.passed()) {
            String digest = new VersionDigest(version.value(), runs.sources(version).orElse(""), planned,
                    report.observations()).value();
            staging.staged(version, report.observations(), runs.write(report.summary()), digest);
        }
        runs.step(id, "validate", report.passed() ? "SUCCEEDED" : "FAILED", clock.instant(), Map.of("errors",
                report.errors(), "warnings", report.warnings(), "observations", report.observations(),
                "versionId", version.value()));
        return report;
    }

    /**
     * Validates a file as a run would (duplicate keys and drift included) without recording anything: the
     * observations go to a scratch table that disappears with the transaction.
     */
    @Transactional
    public ValidationReport dryRun(String dataset, InputStream file, String fileName, LocalDate referenceDate,
            ProcessingContext.Progress progress) {
        ProcessingSpec spec = spec(dataset);
        LocalDate reference = referenceDate != null ? referenceDate : spec.referenceDay().orElse(LocalDate.now(clock.withZone(JST)));
        ProcessingContext context = new ProcessingContext(reference, register, progress);
        VersionId scratch = staging.scratch();
        DatasetProcessor.ChunkOutcome outcome = staging.load(scratch, 0,
                sink -> new DatasetProcessor().process(file, fileName, spec, context, sink));
        return DatasetProcessor.complete(spec, fileName, List.of(outcome), runs.publishedSummary(dataset),
                staging.duplicates(scratch, fileName, String.join(",", spec.keys())));
    }

    private Run running(RunId id) {
        Run run = runs.find(id).orElseThrow(() -> new InvalidInputException("runId", "実行 " + id.value() + " はありません。"));
        if (run.status().finished()) {
            throw new IllegalStateException("run " + id.value() + " is already " + run.status());
        }
        return run;
    }

    ProcessingSpec spec(String dataset) {
        return specs.find(new DatasetId(dataset)).orElseThrow(() -> new InvalidInputException("dataset",
                "データセット「" + dataset + "」の加工仕様がありません。"));
    }
}
