package jp.resas.ops.pipeline;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.dataset.VersionStatus;

/**
 * The approval step leaves its task token with the run, whose staged version now awaits the owner.
 * Both orders work: a decision taken before the step arrived (a resumed local run) is handed back, to be
 * passed on to the execution at once.
 */
public final class AwaitingApproval {

    private final RunRecords runs;
    private final Staging staging;
    private final Rounds rounds;
    private final Clock clock;

    public AwaitingApproval(RunRecords runs, Staging staging, Rounds rounds, Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The decision already taken, if any, addressed to {@code token}. */
    public Optional<Decision> await(RunId id, String token, String execution) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (run.status() == RunStatus.REJECTED && run.decidedBy() != null && run.finishedAt() == null) {
            // Rejected while no execution waited (a restart): this resumed one carries the rejection on.
            runs.execution(id, execution);
            return Optional.of(new Decision(id, false, run.decisionComment(), token));
        }
        if (run.status() != RunStatus.RUNNING && run.status() != RunStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("run " + id.value() + " is " + run.status() + ", not waiting for approval");
        }
        if (run.versionId() == null || !staging.lock(run.versionId()).map(v -> v.status() == VersionStatus.STAGED)
                .orElse(false)) {
            throw new IllegalStateException("run " + id.value() + " has no staged version to approve");
        }
        runs.execution(id, execution);
        runs.awaitApproval(id, token);
        if (run.decidedBy() == null) {
            runs.step(id, "approval", StepStatus.STARTED, clock.instant(), Map.of());
        }
        if (run.roundId() != null) {
            rounds.progress(run.roundId(), run.dataset(), RunStatus.AWAITING_APPROVAL);
        }
        return run.decidedBy() == null ? Optional.empty()
                : Optional.of(new Decision(id, true, run.decisionComment(), token));
    }
}
