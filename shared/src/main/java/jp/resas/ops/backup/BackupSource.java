package jp.resas.ops.backup;

import java.time.Instant;
import java.util.List;

/**
 * AWS Backup's job lists in one account (port; the AWS SDK in {@code infrastructure}). Each method reads one
 * region in full, every page, the jobs created since {@code since}, or throws
 * {@link jp.resas.ops.ledger.asset.SourceUnavailableException}.
 */
public interface BackupSource {

    List<ReportedJob> jobs(JobKind kind, String region, Instant since);

    /** The resources AWS Backup protects in {@code region} ({@code ListProtectedResources}), every page. */
    List<ProtectedResource> protectedResources(String region);

    /**
     * The resources the backup plans of {@code region} select ({@code ListBackupPlans}, {@code ListBackupSelections},
     * {@code GetBackupSelection}; every page), their tag conditions resolved to resources, each once.
     */
    List<SelectedResource> selectedResources(String region);
}
