package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.pipeline.Decision;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.pipeline.VersionId;

/**
 * The owner's approval: the state machine's approval step leaves its task token here, the approver
 * decides (never on a run they started), and the decision goes to the waiting execution. Both orders
 * work: a decision taken before the approval step (a resumed local run) is passed on when it arrives.
 */
@Singleton
public class ApprovalService {

    private final RunRecords runs;
    private final ApprovalRelay relay;
    private final AuditLog audit;
    private final Staging staging;
    private final Clock clock;

    ApprovalService(RunRecords runs, Staging staging, ApprovalRelay relay, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.relay = relay;
        this.audit = audit;
        this.clock = clock;
    }

    /** Called by the approval step; relays a decision already taken. */
    public void awaiting(RunId id, String token) {
        awaiting(id, token, null);
    }

    /** As {@link #awaiting(RunId, String)}, by the named execution, which then drives the run. */
    public void awaiting(RunId id, String token, String execution) {
        Optional<Decision> decided = storeToken(id, token, execution);
        decided.ifPresent(this::relay);
    }

    @Transactional
    public Optional<Decision> storeToken(RunId id, String token, String execution) {
        Run run = runs.lock(id).orElseThrow(() -> new IllegalArgumentException("no run " + id.value()));
        if (run.status() == RunStatus.REJECTED && run.decidedBy() != null && run.finishedAt() == null) {
            // Rejected while no execution waited (a restart): this resumed one carries the rejection on.
            runs.execution(id, execution);
            return Optional.of(new Decision(id, false, run.decisionComment(), token));
        }
        if (run.status() != RunStatus.RUNNING && run.status() != RunStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("run " + id.value() + " is " + run.status() + ", not waiting for approval");
        }
        if (run.versionId() == null || !staging.lock(new VersionId(run.versionId())).map(v -> "STAGED".equals(v.status())).orElse(false)) {
            throw new IllegalStateException("run " + id.value() + " has no staged version to approve");
        }
        runs.execution(id, execution);
        runs.token(id, token);
        if (run.decidedBy() == null) {
            runs.step(id, "approval", "STARTED", clock.instant(), Map.of());
        }
        if (run.roundId() != null) {
            runs.roundItem(run.roundId(), run.dataset(), "AWAITING_APPROVAL");
        }
        return run.decidedBy() == null ? Optional.empty()
                : Optional.of(new Decision(id, true, run.decisionComment(), token));
    }

    /**
     * Records the decision and tells the waiting execution, in one transaction with the callback last: when
     * Step Functions refuses (the task timed out, the token is no longer valid) or cannot be reached, the
     * exception rolls the decision back, so it is stored only if the execution got it. The publish and
     * failure steps lock the run, so they wait for this commit. Should the commit itself fail after the
     * callback, the publish step finds no decision and fails the run: nothing is published unrecorded.
     */
    @Transactional
    public Run decide(RunId id, String approver, boolean approve, String comment, String source) {
        Decision decision = record(id, approver, approve, comment, source);
        if (decision.taskToken() != null) {
            relay(decision);
        }
        return runs.find(id).orElseThrow();
    }

    @Transactional
    public Decision record(RunId id, String approver, boolean approve, String comment, String source) {
        Run run = runs.lock(id).orElseThrow(() -> new NotFoundException("実行 " + id.value() + " はありません。"));
        if (run.status() != RunStatus.AWAITING_APPROVAL || run.decidedBy() != null) {
            throw new ConflictException("NOT_AWAITING_APPROVAL", "runId", "実行 " + id.value() + " は承認待ちではありません（状態: " + run.status() + "）。");
        }
        if (run.startedBy().equals(approver)) {
            throw jp.resas.ops.ticket.ApprovalBinding.refused("自分が開始した実行は承認・却下できません (職務分掌)。");
        }
        // The decision binds the version on show and its content: publishing verifies this digest.
        VersionId version = new VersionId(run.versionId());
        Staging.VersionState state = staging.lock(version).filter(v -> "STAGED".equals(v.status()) && v.digest() != null)
                .orElseThrow(() -> new ConflictException("NOT_AWAITING_APPROVAL", "runId",
                        "実行 " + id.value() + " には承認できる版がありません。"));
        runs.decision(id, approver, clock.instant(), comment, version, state.digest());
        if (!approve) {
            runs.status(id, RunStatus.REJECTED, null, "却下: " + (comment == null ? "" : comment));
        }
        runs.step(id, "approval", approve ? "SUCCEEDED" : "FAILED", clock.instant(),
                Map.of("decidedBy", approver, "approved", approve, "comment", comment == null ? "" : comment,
                        "versionId", version.value(), "digest", state.digest()));
        audit.append(new AuditEntry(approver, approve ? "pipeline.run.approved" : "pipeline.run.rejected", "pipeline_run",
                String.valueOf(id.value()), Map.of("dataset", run.dataset(), "comment", comment == null ? "" : comment,
                        "versionId", version.value(), "digest", state.digest()), source));
        return new Decision(id, approve, comment, runs.token(id).orElse(null));
    }

    /**
     * An approver says the review goes on: the waiting approval step gets a heartbeat, so it does not end
     * after its heartbeat interval (its overall timeout still applies). Audited; nothing else changes.
     */
    @Transactional
    public Run stillReviewing(RunId id, String approver, String source) {
        Run run = runs.lock(id).orElseThrow(() -> new NotFoundException("実行 " + id.value() + " はありません。"));
        String token = runs.token(id).orElse(null);
        if (run.status() != RunStatus.AWAITING_APPROVAL || run.decidedBy() != null || token == null) {
            throw new ConflictException("NOT_AWAITING_APPROVAL", "runId", "実行 " + id.value() + " は承認待ちではありません（状態: " + run.status() + "）。");
        }
        audit.append(new AuditEntry(approver, "pipeline.run.still_reviewing", "pipeline_run", String.valueOf(id.value()),
                Map.of("dataset", run.dataset()), source));
        relay.stillReviewing(token, id);
        return run;
    }

    private void relay(Decision decision) {
        if (decision.approved()) {
            relay.approved(decision.taskToken(), decision.run());
        } else {
            relay.rejected(decision.taskToken(), decision.run(), decision.comment());
        }
    }
}
