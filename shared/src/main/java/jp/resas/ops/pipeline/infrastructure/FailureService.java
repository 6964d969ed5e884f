package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.pipeline.VersionId;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The end of a run that publishes nothing: its version is discarded; a rejection is recorded, anything
 * else (validation errors, a source that failed, an approval that timed out) also raises a data-update
 * incident (source PIPELINE) for the operators. Repeating it changes nothing.
 */
@Singleton
public class FailureService {

    public static final String REJECTED = "Pipeline.Rejected";
    public static final String CANCELLED = "Pipeline.Cancelled";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FailureService.class);

    private final Sql sql;
    private final RunRecords runs;
    private final Staging staging;
    private final AuditLog audit;
    private final ApprovalRelay relay;
    private final Clock clock;

    FailureService(Sql sql, RunRecords runs, Staging staging, AuditLog audit, ApprovalRelay relay, Clock clock) {
        this.relay = relay;
        this.sql = sql;
        this.runs = runs;
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
    }

    public Run fail(RunId id, String error, String cause) {
        return fail(id, error, cause, null);
    }

    /**
     * As {@link #fail(RunId, String, String)}, reported by the named execution: when another execution
     * drives the run now (the run was collected again), the superseded one's end changes nothing.
     */
    @Transactional
    public Run fail(RunId id, String error, String cause, String execution) {
        Run run = runs.lock(id).orElseThrow(() -> new IllegalArgumentException("no run " + id.value()));
        String current = runs.execution(id).orElse(null);
        if (execution != null && current != null && !execution.equals(current)) {
            LOG.info("run {}: execution {} ended ({}) but {} drives the run now; nothing changed", id.value(), execution,
                    error, current);
            return run;
        }
        if (run.versionId() != null) {
            staging.discard(new VersionId(run.versionId()));
        }
        if (run.status() == RunStatus.PUBLISHED || run.status() == RunStatus.FAILED) {
            return run;
        }
        Instant now = clock.instant();
        boolean rejected = REJECTED.equals(error) || run.status() == RunStatus.REJECTED;
        String reason = rejected ? run.failureReason() : rootCause(id, error) + error + ": " + (cause == null ? "" : cause);
        runs.status(id, rejected ? RunStatus.REJECTED : RunStatus.FAILED, now, reason);
        runs.step(id, rejected ? "rejected" : "failed", "FAILED", now, Map.of("error", error, "cause", cause == null ? "" : cause));
        if (run.roundId() != null) {
            runs.roundItem(run.roundId(), run.dataset(), rejected ? "REJECTED" : "FAILED");
        }
        if (!rejected && !CANCELLED.equals(error)) {
            long incident = raiseIncident(run, reason, now);
            runs.incident(id, incident);
        }
        audit.append(new AuditEntry("pipeline", rejected ? "pipeline.run.closed_rejected" : "pipeline.run.failed",
                "pipeline_run", String.valueOf(id.value()), Map.of("dataset", run.dataset(), "reason", reason == null ? "" : reason), "pipeline"));
        return runs.find(id).orElseThrow();
    }

    /**
     * An operator stops an unfinished run: it ends FAILED with the reason, its version is discarded, and an
     * execution waiting for its approval is told (its own end then changes nothing). Audited; no incident.
     */
    @Transactional
    public Run cancel(RunId id, String operator, String comment, String source) {
        Run run = runs.lock(id).orElseThrow(() -> new jp.resas.ops.common.NotFoundException("実行 " + id.value() + " はありません。"));
        if (run.status().finished()) {
            throw new jp.resas.ops.common.ConflictException("NOT_CANCELLABLE", "runId",
                    "実行 " + id.value() + " は終了しています（状態: " + run.status() + "）。");
        }
        audit.append(new AuditEntry(operator, "pipeline.run.cancelled", "pipeline_run", String.valueOf(id.value()),
                Map.of("dataset", run.dataset(), "comment", comment == null ? "" : comment), source));
        Run cancelled = fail(id, CANCELLED, "取消（" + operator + "）: " + (comment == null ? "" : comment), null);
        runs.token(id).ifPresent(token -> {
            try {
                relay.rejected(token, id, "cancelled by " + operator);
            } catch (RuntimeException e) {
                LOG.info("the execution of cancelled run {} could not be told: {}", id.value(), e.getMessage());
            }
        });
        return cancelled;
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

    private long raiseIncident(Run run, String reason, Instant at) {
        long incident = sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, opened_at, created_by, impact)
                VALUES (?, 3, 'DETECTED', 'PIPELINE', ?, 'pipeline', ?) RETURNING id""", row -> row.getLong(1),
                "データ更新失敗: " + run.dataset() + "（実行 " + run.id().value() + "）", at,
                "新しい版は公開されていません。公開中の版はそのままです。").orElseThrow();
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, 'DETECTED', 'pipeline', ?)",
                incident, at, truncate(reason));
        return incident;
    }

    private static String truncate(String text) {
        return text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
