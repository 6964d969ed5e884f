package jp.resas.ops.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.dataset.DatasetCatalog;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;

/**
 * Someone (an operator, the CLI, a schedule) starts a run of a registered dataset: in an approved round
 * that plans it, or, explicitly, outside any round (audited as such).
 */
public final class StartingRun {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private final DatasetCatalog catalog;
    private final ProcessingSpecs specs;
    private final Rounds rounds;
    private final RunRecords runs;
    private final AuditLog audit;
    private final Clock clock;

    public StartingRun(DatasetCatalog catalog, ProcessingSpecs specs, Rounds rounds, RunRecords runs, AuditLog audit,
            Clock clock) {
        this.catalog = catalog;
        this.specs = specs;
        this.rounds = rounds;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Execution names derive from round and dataset, so starting the same update twice gives the same run. */
    public static String executionName(String dataset, Long roundId, String unique) {
        return (roundId != null ? "round-" + roundId : "out-of-round-" + unique) + "-" + dataset;
    }

    public Run start(DatasetId dataset, Long roundId, String executionName, LocalDate referenceDate, String user,
            boolean outOfRound) {
        registered(dataset);
        if (roundId != null && outOfRound) {
            throw new InvalidInputException("outOfRound", "roundId と outOfRound: true は同時に指定できません。");
        }
        if (roundId != null) {
            rounds.requireRunnable(roundId, dataset);
        } else if (!outOfRound) {
            throw new ConflictException("ROUND_REQUIRED", "roundId", "承認済みの更新回 (roundId) を指定してください。"
                    + "更新回外で実行する場合は outOfRound: true を指定してください (監査ログに記録されます)。");
        }
        LocalDate reference = referenceDay(dataset, referenceDate);
        Run run = runs.createOrGet(dataset, roundId, executionName, reference, user, clock.instant());
        if (roundId != null) {
            rounds.progress(roundId, dataset, RunStatus.RUNNING);
        }
        audit.append(new AuditEntry(user, outOfRound ? "pipeline.run.started_out_of_round" : "pipeline.run.started",
                "pipeline_run", String.valueOf(run.id().value()), Map.of("dataset", dataset.value(), "executionName",
                        executionName, "outOfRound", outOfRound), null));
        return run;
    }

    /**
     * The run of one planned time of a schedule, named by it; empty when that time's run exists already
     * (the scheduler delivered twice), so the second execution stops without touching it.
     */
    public Optional<Run> startScheduled(DatasetId dataset, String scheduledTime) {
        registered(dataset);
        String name = "scheduled-" + dataset + "-" + scheduledTime.replaceAll("[^0-9A-Za-z]", "");
        Optional<Run> run = runs.createIfAbsent(dataset, name, referenceDay(dataset, null), "scheduler", clock.instant());
        run.ifPresent(created -> audit.append(new AuditEntry("scheduler", "pipeline.run.started", "pipeline_run",
                String.valueOf(created.id().value()), Map.of("dataset", dataset.value(), "executionName", name), null)));
        return run;
    }

    private void registered(DatasetId dataset) {
        catalog.find(dataset).orElseThrow(() -> new InvalidInputException("dataset",
                "データセット「" + dataset + "」は登録されていません。"));
    }

    /** The given day, else the spec's reference day, else today in Japan; the dataset must have a spec. */
    private LocalDate referenceDay(DatasetId dataset, LocalDate given) {
        LocalDate specified = specs.require(dataset).referenceDay().orElse(null);
        return given != null ? given : specified != null ? specified : LocalDate.now(clock.withZone(JST));
    }
}
