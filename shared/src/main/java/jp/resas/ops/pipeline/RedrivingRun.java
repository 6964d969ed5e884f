package jp.resas.ops.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;

/**
 * An operator redrives a FAILED run (a round's run or a manual one, never a cancelled one): the run is
 * reopened (RUNNING, its failure reason kept in the {@code redrive} step and the audit entry), whatever
 * was decided for the failed version is void, and its execution is redriven, the call last so that a
 * refusal stores nothing. The failed version was discarded when the run failed, so the redriven execution
 * collects again into a new version that needs a new approval: an approval never carries over.
 */
public final class RedrivingRun {

    private final RunRecords runs;
    private final Rounds rounds;
    private final DataUpdateIncidents incidents;
    private final AuditLog audit;
    private final ExecutionRedriver redriver;
    private final Clock clock;

    public RedrivingRun(RunRecords runs, Rounds rounds, DataUpdateIncidents incidents, AuditLog audit,
            ExecutionRedriver redriver, Clock clock) {
        this.runs = runs;
        this.rounds = rounds;
        this.incidents = incidents;
        this.audit = audit;
        this.redriver = redriver;
        this.clock = clock;
    }

    public Run redrive(RunId id, String comment, Actor operator) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (run.status() != RunStatus.FAILED) {
            throw new ConflictException("NOT_REDRIVABLE", "runId", "実行 " + id.value() + " は失敗していないため再実行できません（状態: "
                    + run.status() + "）。");
        }
        String reason = run.failureReason() == null ? "" : run.failureReason();
        if (reason.startsWith(FailingRun.CANCELLED)) {
            throw new ConflictException("NOT_REDRIVABLE", "runId", "実行 " + id.value()
                    + " は取り消されています。取り消した実行は再実行できません。新しい実行を開始してください。");
        }
        String execution = runs.execution(id).orElse(run.executionName());
        String inboxKey = runs.inboxKey(id).orElse(null);
        Instant now = clock.instant();
        runs.reopen(id);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("by", operator.name());
        detail.put("comment", comment == null ? "" : comment);
        detail.put("previousReason", reason);
        detail.put("execution", execution);
        runs.step(id, "redrive", StepStatus.SUCCEEDED, now, detail);
        if (run.roundId() != null) {
            rounds.progress(run.roundId(), run.dataset(), RunStatus.RUNNING);
        }
        if (run.incidentId() != null) {
            incidents.note(run.incidentId(), now, operator.name(), "実行 " + id.value()
                    + " を再実行しました（再収集し、新しい版は改めて承認が必要です）。"
                    + (comment == null || comment.isBlank() ? "" : " " + comment));
        }
        audit.append(new AuditEntry(operator.name(), "pipeline.run.redriven", "pipeline_run", String.valueOf(id.value()),
                detail, operator.source()));
        redriver.redrive(runs.find(id).orElseThrow(id::notFound), execution, inboxKey);
        return runs.find(id).orElseThrow(id::notFound);
    }
}
