package jp.resas.ops.pipeline;

import java.time.Clock;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.VersionStatus;
import jp.resas.ops.ticket.ApprovalBinding;

/**
 * The owner approves or rejects a run awaiting approval, never one they started (segregation of duties).
 * The decision binds the version on show and its content's digest: publishing verifies both. An approver
 * may also say the review goes on, which keeps the approval step waiting.
 */
public final class DecidingApproval {

    private final RunRecords runs;
    private final Staging staging;
    private final AuditLog audit;
    private final ApprovalCallbacks callbacks;
    private final Clock clock;

    public DecidingApproval(RunRecords runs, Staging staging, AuditLog audit, ApprovalCallbacks callbacks, Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.audit = audit;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** Records the decision; what to tell the waiting execution (its token null when none waits). */
    public Decision decide(RunId id, boolean approve, String comment, Actor approver) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (run.status() != RunStatus.AWAITING_APPROVAL || run.decidedBy() != null) {
            throw notAwaiting(run);
        }
        if (run.startedBy().equals(approver.name())) {
            throw ApprovalBinding.refused("自分が開始した実行は承認・却下できません (職務分掌)。");
        }
        VersionId version = run.versionId();
        VersionState state = staging.lock(version).filter(v -> v.status() == VersionStatus.STAGED && v.digest() != null)
                .orElseThrow(() -> new ConflictException("NOT_AWAITING_APPROVAL", "runId",
                        "実行 " + id.value() + " には承認できる版がありません。"));
        runs.decision(id, approver.name(), clock.instant(), comment, version, state.digest());
        if (!approve) {
            runs.status(id, RunStatus.REJECTED, null, "却下: " + (comment == null ? "" : comment));
        }
        runs.step(id, "approval", approve ? StepStatus.SUCCEEDED : StepStatus.FAILED, clock.instant(),
                Map.of("decidedBy", approver.name(), "approved", approve, "comment", comment == null ? "" : comment,
                        "versionId", version.value(), "digest", state.digest()));
        audit.append(new AuditEntry(approver.name(), approve ? "pipeline.run.approved" : "pipeline.run.rejected",
                "pipeline_run", String.valueOf(id.value()), Map.of("dataset", run.dataset().value(), "comment",
                        comment == null ? "" : comment, "versionId", version.value(), "digest", state.digest()),
                approver.source()));
        return new Decision(id, approve, comment, runs.token(id).orElse(null));
    }

    /**
     * The review goes on: the waiting approval step gets a heartbeat, so it does not end after its
     * heartbeat interval (its overall timeout still applies). Audited; nothing else changes.
     */
    public Run stillReviewing(RunId id, Actor approver) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        String token = runs.token(id).orElse(null);
        if (run.status() != RunStatus.AWAITING_APPROVAL || run.decidedBy() != null || token == null) {
            throw notAwaiting(run);
        }
        audit.append(new AuditEntry(approver.name(), "pipeline.run.still_reviewing", "pipeline_run",
                String.valueOf(id.value()), Map.of("dataset", run.dataset().value()), approver.source()));
        callbacks.stillReviewing(token, id);
        return run;
    }

    /** Passes a decision to the execution waiting for it. */
    public void relay(Decision decision) {
        if (decision.approved()) {
            callbacks.approved(decision.taskToken(), decision.run());
        } else {
            callbacks.rejected(decision.taskToken(), decision.run(), decision.comment());
        }
    }

    private static ConflictException notAwaiting(Run run) {
        return new ConflictException("NOT_AWAITING_APPROVAL", "runId", "実行 " + run.id().value()
                + " は承認待ちではありません（状態: " + run.status() + "）。");
    }
}
