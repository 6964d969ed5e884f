package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.pipeline.AwaitingApproval;
import jp.resas.ops.pipeline.DecidingApproval;
import jp.resas.ops.pipeline.Decision;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunRecords;

/**
 * The transaction boundary of the owner's approval: the state machine's approval step leaves its task
 * token here, the approver decides, and the decision goes to the waiting execution.
 */
@Singleton
public class ApprovalService {

    private final AwaitingApproval awaiting;
    private final DecidingApproval deciding;
    private final RunRecords runs;

    ApprovalService(AwaitingApproval awaiting, DecidingApproval deciding, RunRecords runs) {
        this.awaiting = awaiting;
        this.deciding = deciding;
        this.runs = runs;
    }

    /** Called by the approval step; relays a decision already taken. */
    public void awaiting(RunId id, String token) {
        awaiting(id, token, null);
    }

    /** As {@link #awaiting(RunId, String)}, by the named execution, which then drives the run. */
    public void awaiting(RunId id, String token, String execution) {
        storeToken(id, token, execution).ifPresent(deciding::relay);
    }

    @Transactional
    public Optional<Decision> storeToken(RunId id, String token, String execution) {
        return awaiting.await(id, token, execution);
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
            deciding.relay(decision);
        }
        return runs.find(id).orElseThrow(id::notFound);
    }

    @Transactional
    public Decision record(RunId id, String approver, boolean approve, String comment, String source) {
        return deciding.decide(id, approve, comment, new Actor(approver, source));
    }

    /** An approver says the review goes on: the waiting approval step gets a heartbeat. */
    @Transactional
    public Run stillReviewing(RunId id, String approver, String source) {
        return deciding.stillReviewing(id, new Actor(approver, source));
    }
}
