package jp.resas.ops.pipeline;

import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;

/**
 * An operator stops an unfinished run: it ends FAILED with the reason, its version is discarded, and an
 * execution waiting for its approval is told (its own end then changes nothing). Audited; no incident.
 */
public final class CancellingRun {

    private final RunRecords runs;
    private final FailingRun failing;
    private final AuditLog audit;
    /** Told on a best-effort basis: an execution that cannot be told ends by its own timeout. */
    private final ApprovalCallbacks callbacks;

    public CancellingRun(RunRecords runs, FailingRun failing, AuditLog audit, ApprovalCallbacks callbacks) {
        this.runs = runs;
        this.failing = failing;
        this.audit = audit;
        this.callbacks = callbacks;
    }

    public Run cancel(RunId id, String comment, Actor operator) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (run.status().finished()) {
            throw new ConflictException("NOT_CANCELLABLE", "runId",
                    "実行 " + id.value() + " は終了しています（状態: " + run.status() + "）。");
        }
        audit.append(new AuditEntry(operator.name(), "pipeline.run.cancelled", "pipeline_run", String.valueOf(id.value()),
                Map.of("dataset", run.dataset().value(), "comment", comment == null ? "" : comment), operator.source()));
        Run cancelled = failing.fail(id, FailingRun.CANCELLED, "取消（" + operator.name() + "）: "
                + (comment == null ? "" : comment), null);
        runs.token(id).ifPresent(token -> callbacks.rejected(token, id, "cancelled by " + operator.name()));
        return cancelled;
    }
}
