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
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.VersionId;

/**
 * The business steps of a run up to staging, each one transaction and each safe to repeat (a redriven
 * execution or a retried Lambda changes nothing it already did): start, collect, process a chunk,
 * complete the validation.
 */
@Singleton
public class PipelineService {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private final RunRecords runs;
    private final Staging staging;
    private final Collector collector;
    private final CatalogService catalog;
    private final ProcessingSpecs specs;
    private final MunicipalityRegister register;
    private final RawStore raw;
    private final AuditLog audit;
    private final Clock clock;
    private final RoundService rounds;

    PipelineService(RunRecords runs, Staging staging, Collector collector, CatalogService catalog, ProcessingSpecs specs,
            MunicipalityRegister register, RawStore raw, AuditLog audit, Clock clock, RoundService rounds) {
        this.rounds = rounds;
        this.runs = runs;
        this.staging = staging;
        this.collector = collector;
        this.catalog = catalog;
        this.specs = specs;
        this.register = register;
        this.raw = raw;
        this.audit = audit;
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

    @Transactional
    public List<Chunk> collect(RunId id, String inboxKey) {
        Run run = running(id);
        runs.step(id, "collect", "STARTED", clock.instant(), Map.of());
        Dataset dataset = catalog.find(new DatasetId(run.dataset())).orElseThrow();
        try {
            List<Chunk> chunks = collector.collect(run, dataset, spec(run.dataset()), inboxKey);
            runs.step(id, "collect", "SUCCEEDED", clock.instant(), Map.of("chunks", chunks.size()));
            return chunks;
        } catch (IOException e) {
            throw new UncheckedIOException("collecting " + run.dataset() + " failed: " + e.getMessage(), e);
        }
    }

    @Transactional
    public Map<String, Object> processChunk(RunId id, Chunk chunk, ProcessingContext.Progress progress) {
        Run run = running(id);
        ProcessingSpec spec = spec(run.dataset());
        VersionId version = staging.versionFor(id, run.dataset(), spec.specVersion(), run.referenceDate());
        runs.version(id, version.value());
        ProcessingContext context = new ProcessingContext(run.referenceDate(), register, progress);
        DatasetProcessor.ChunkOutcome outcome = staging.load(version, chunk.index(), sink -> {
            try (RecordSource source = open(spec, chunk)) {
                return new DatasetProcessor().process(source, chunk.key(), spec, context, sink);
            } catch (SourceFormatException e) {
                return DatasetProcessor.unreadable(spec, chunk.key(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + chunk.key() + " failed: " + e.getMessage(), e);
            }
        });
        runs.chunk(id, chunk.index(), outcome);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("chunk", chunk.index());
        result.put("rows", outcome.report().rows());
        result.put("errors", outcome.report().errors());
        runs.step(id, "process", "SUCCEEDED", clock.instant(), result);
        return result;
    }

    private RecordSource open(ProcessingSpec spec, Chunk chunk) throws IOException, SourceFormatException {
        if (chunk.whole() || chunk.offset() == 0) {
            InputStream in = chunk.whole() ? raw.open(chunk.key()) : raw.open(chunk.key(), 0, chunk.length());
            return DatasetProcessor.open(in, spec, chunk.firstLine());
        }
        return CsvRecordSource.openChunk(raw.open(chunk.key()), raw.open(chunk.key(), chunk.offset(), chunk.length()),
                chunk.firstLine(), spec.source());
    }

    /** Merges the chunks' reports, finds duplicate keys, measures drift; a passing version is staged. */
    @Transactional
    public ValidationReport complete(RunId id) {
        Run run = running(id);
        ProcessingSpec spec = spec(run.dataset());
        VersionId version = new VersionId(run.versionId());
        String file = runs.provenance(id).map(p -> "raw/" + run.dataset() + "/run-" + id.value()).orElse(run.dataset());
        var duplicates = staging.duplicates(version, file, String.join(",", spec.keys()));
        ValidationReport report = DatasetProcessor.complete(spec, file,
                runs.chunks(id, DatasetProcessor.ChunkOutcome.class), runs.publishedSummary(run.dataset()), duplicates);
        runs.report(id, report);
        if (report.passed()) {
            staging.staged(version, report.observations(), runs.write(report.summary()));
        }
        runs.step(id, "validate", report.passed() ? "SUCCEEDED" : "FAILED", clock.instant(), Map.of("errors",
                report.errors(), "warnings", report.warnings(), "observations", report.observations()));
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
