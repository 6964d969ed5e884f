package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * An operator redrives a FAILED run (a round's run or a manual one): the run is reopened (RUNNING, its
 * failure reason kept in the {@code redrive} step and the audit entry), whatever was decided for the failed
 * version is void, and its execution is redriven, the call last in the transaction so that a refusal stores
 * nothing. The failed version was discarded when the run failed, so the redriven execution collects again
 * into a new version that needs a new approval: an approval never carries over to other content.
 */
@Singleton
public class RedriveService {

    private final RunRecords runs;
    private final AuditLog audit;
    private final RedriveRelay relay;
    private final Sql sql;
    private final Clock clock;

    RedriveService(RunRecords runs, AuditLog audit, RedriveRelay relay, Sql sql, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.relay = relay;
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional
    public Run redrive(RunId id, String operator, String comment, String source) {
        Run run = runs.lock(id).orElseThrow(() -> new NotFoundException("実行 " + id.value() + " はありません。"));
        if (run.status() != RunStatus.FAILED) {
            throw new ConflictException("NOT_REDRIVABLE", "runId", "実行 " + id.value() + " は失敗していないため再実行できません（状態: "
                    + run.status() + "）。");
        }
        String reason = run.failureReason() == null ? "" : run.failureReason();
        if (reason.startsWith(FailureService.CANCELLED)) {
            throw new ConflictException("NOT_REDRIVABLE", "runId", "実行 " + id.value()
                    + " は取り消されています。取り消した実行は再実行できません。新しい実行を開始してください。");
        }
        String execution = runs.execution(id).orElse(run.executionName());
        String inboxKey = runs.inboxKey(id).orElse(null);
        Instant now = clock.instant();
        runs.reopen(id);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("by", operator);
        detail.put("comment", comment == null ? "" : comment);
        detail.put("previousReason", reason);
        detail.put("execution", execution);
        runs.step(id, "redrive", "SUCCEEDED", now, detail);
        if (run.roundId() != null) {
            runs.roundItem(run.roundId(), run.dataset(), "RUNNING");
        }
        if (run.incidentId() != null) {
            sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, 'NOTE', ?, ?)",
                    run.incidentId(), now, operator, "実行 " + id.value() + " を再実行しました（再収集し、新しい版は改めて承認が必要です）。"
                            + (comment == null || comment.isBlank() ? "" : " " + comment));
        }
        audit.append(new AuditEntry(operator, "pipeline.run.redriven", "pipeline_run", String.valueOf(id.value()),
                detail, source));
        relay.redrive(runs.find(id).orElseThrow(), execution, inboxKey);
        return runs.find(id).orElseThrow();
    }
}
