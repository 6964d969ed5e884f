package jp.resas.ops.backup;

/** The three job lists of AWS Backup: {@code ListBackupJobs}, {@code ListCopyJobs}, {@code ListRestoreJobs}. */
public enum JobKind {
    BACKUP, COPY, RESTORE
}
