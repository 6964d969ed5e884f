package jp.resas.ops.backup;

import java.time.Instant;

/** A collected job as the API and the portal show it: what AWS Backup reported, and what it raised. */
public record BackupJob(long id, JobKind kind, String jobId, String scope, String accountId, String region,
        String resourceArn, String resourceType, String resourceName, String vault, String recoveryPointArn,
        String state, String message, Instant createdAt, Instant completedAt, Long sizeBytes,
        String createdResourceArn, Instant recoveryPointCreatedAt, String restoreTestingPlan,
        String validationStatus, String validationMessage, Long incidentId, Long ticketId) {
}
