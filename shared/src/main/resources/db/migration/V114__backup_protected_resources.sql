-- バックアップ: AWS Backup's protected resources (ListProtectedResources: every resource with a recovery point
-- in the vaults of an account and region), read daily with the jobs and replaced per scope when its list was
-- read in full. A protected resource with no backup job in the last 7 days is shown on the backup page and
-- opens the missing-backup incident (backup-missing:<ARN>), linked here.
CREATE TABLE backup_protected_resource (
    scope           TEXT        NOT NULL,
    resource_arn    TEXT        NOT NULL,
    resource_type   TEXT,
    resource_name   TEXT,
    last_backup_at  TIMESTAMPTZ,
    incident_id     BIGINT      REFERENCES incident (id),
    first_seen_at   TIMESTAMPTZ NOT NULL,
    last_seen_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, resource_arn)
);
