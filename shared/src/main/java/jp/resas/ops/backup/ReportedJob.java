package jp.resas.ops.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * One job as AWS Backup reports it. {@code state} is AWS Backup's own word (BACKUP and COPY: {@code State},
 * RESTORE: {@code Status}); the restore-only fields are null for the others.
 */
public record ReportedJob(JobKind kind, String jobId, String scope, String accountId, String region,
        String resourceArn, String resourceType, String resourceName, String vault, String recoveryPointArn,
        String state, String message, Instant createdAt, Instant completedAt, Long sizeBytes,
        String createdResourceArn, Instant recoveryPointCreatedAt, String restoreTestingPlan,
        String validationStatus, String validationMessage) {

    public ReportedJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A restore job AWS Backup started for a restore testing plan: it counts as a restore drill. */
    public boolean restoreTest() {
        return kind == JobKind.RESTORE && restoreTestingPlan != null && !restoreTestingPlan.isBlank();
    }
}
