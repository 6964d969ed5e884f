package jp.resas.ops.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.dataset.PublishedVersions;
import jp.resas.ops.dataset.UpdateLogEntry;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.VersionStatus;

/**
 * The publish step: an approved run's version becomes the dataset's current one, the previous current
 * version is superseded, and the data-update log, the source list and the audit log say so, all in the
 * caller's one transaction. Publishing it again changes nothing.
 */
public final class PublishingVersion {

    private final RunRecords runs;
    private final Staging staging;
    private final PublishedVersions versions;
    private final Rounds rounds;
    private final AuditLog audit;
    private final Clock clock;

    public PublishingVersion(RunRecords runs, Staging staging, PublishedVersions versions, Rounds rounds, AuditLog audit,
            Clock clock) {
        this.runs = runs;
        this.staging = staging;
        this.versions = versions;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    public VersionId publish(RunId id) {
        Run run = runs.lock(id).orElseThrow(id::notFound);
        if (run.status() == RunStatus.PUBLISHED) {
            return run.versionId();
        }
        if (run.status() != RunStatus.AWAITING_APPROVAL || run.decidedBy() == null) {
            throw new IllegalStateException("run " + id.value() + " is " + run.status() + " and not approved: nothing published");
        }
        VersionId version = run.versionId();
        verifyApproved(run, version);
        Instant now = clock.instant();
        versions.lockCurrent(run.dataset()).ifPresent(previous -> versions.mark(previous, VersionStatus.SUPERSEDED));
        versions.published(version, now);
        versions.makeCurrent(run.dataset(), version, run.decidedBy(), now);
        versions.log(new UpdateLogEntry(run.dataset(), version, UpdateLogEntry.Kind.PUBLISH, run.roundId(), id.value(),
                run.decidedBy(), now, run.decisionComment()));
        versions.recordSource(run.dataset(), version);
        runs.status(id, RunStatus.PUBLISHED, now, null);
        runs.step(id, "publish", StepStatus.SUCCEEDED, now, Map.of("versionId", version.value()));
        if (run.roundId() != null) {
            rounds.progress(run.roundId(), run.dataset(), RunStatus.PUBLISHED);
        }
        audit.append(new AuditEntry(run.decidedBy(), "dataset.version.published", "dataset_version",
                String.valueOf(version.value()), Map.of("dataset", run.dataset().value(), "runId", id.value()), "pipeline"));
        return version;
    }

    /**
     * The decision must be for this very version, and the version must still hold what was approved: its
     * raw objects, chunks and observations give the digest recorded with the decision. Anything else
     * publishes nothing ({@code Pipeline.ApprovalMismatch}).
     */
    private void verifyApproved(Run run, VersionId version) {
        BoundDecision decided = runs.decidedOn(run.id()).orElseThrow(() -> new ApprovalMismatchException(
                "run " + run.id().value() + " has no decision bound to a version"));
        if (!decided.version().equals(version)) {
            throw new ApprovalMismatchException("the approval was given for version " + decided.version().value()
                    + ", the run's version is " + version.value());
        }
        VersionState state = staging.lock(version).orElseThrow();
        if (state.status() != VersionStatus.STAGED) {
            throw new ApprovalMismatchException("version " + version.value() + " is " + state.status() + ", not staged");
        }
        String now = new VersionDigest(version.value(), runs.sources(version).orElse(""), state.planned(),
                staging.count(version)).value();
        if (!now.equals(decided.digest()) || !now.equals(state.digest())) {
            throw new ApprovalMismatchException("version " + version.value() + " no longer holds the approved content (digest "
                    + decided.digest() + ", now " + now + ")");
        }
    }
}
