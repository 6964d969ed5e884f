package jp.resas.ops.backup;

import java.util.Optional;
import java.util.Set;

/**
 * What a job that did not end well raises, decided by how much is at stake (docs/security-and-backups.md):
 * <ul>
 *   <li>a backup job FAILED or EXPIRED (never started in its window): the resource has no recovery point for
 *   the day, an incident of severity 2, one open per resource ({@code backup:<resource>});</li>
 *   <li>a backup job ABORTED (stopped by a person or a service): an incident of severity 3, the same key;</li>
 *   <li>a restore job FAILED or ABORTED, or its validation FAILED or TIMED_OUT: the resource's restorability is
 *   unproven, an incident of severity 3 per job ({@code restore:<job>});</li>
 *   <li>a copy job FAILED: the primary recovery point exists, the copy is follow-up work, a 課題 ticket.</li>
 * </ul>
 * PARTIAL jobs (some items of a composite resource) are left to the lists and the monthly report.
 */
public final class FailurePolicy {

    /** What to raise: an incident of {@code severity} under {@code dedupKey}, or a ticket (severity 0). */
    public record Raise(boolean incident, int severity, String dedupKey) {
    }

    private static final Set<String> BACKUP_FAILED = Set.of("FAILED", "EXPIRED");

    private FailurePolicy() {
    }

    public static Optional<Raise> of(ReportedJob job) {
        return switch (job.kind()) {
            case BACKUP -> BACKUP_FAILED.contains(job.state())
                    ? Optional.of(new Raise(true, 2, "backup:" + resource(job)))
                    : "ABORTED".equals(job.state()) ? Optional.of(new Raise(true, 3, "backup:" + resource(job)))
                    : Optional.empty();
            case RESTORE -> Set.of("FAILED", "ABORTED").contains(job.state())
                    || Set.of("FAILED", "TIMED_OUT").contains(String.valueOf(job.validationStatus()))
                    ? Optional.of(new Raise(true, 3, "restore:" + job.jobId())) : Optional.empty();
            case COPY -> "FAILED".equals(job.state()) ? Optional.of(new Raise(false, 0, "copy:" + job.jobId()))
                    : Optional.empty();
        };
    }

    private static String resource(ReportedJob job) {
        return job.resourceArn() != null ? job.resourceArn() : job.jobId();
    }
}
