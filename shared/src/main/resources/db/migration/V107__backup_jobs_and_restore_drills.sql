-- バックアップ: the AWS Backup jobs (backup, copy, restore) read daily from each monitored account and
-- region, one row per job, updated while the job runs; a failed job keeps the incident or ticket it opened
-- (once per job). Restore drills (リストア訓練): the monthly RestoreTestingPlan's restore jobs (AUTOMATIC) and
-- drills planned and held by hand (MANUAL), each signed off by an approver who did not perform or record it.
CREATE TABLE backup_job (
    id                       BIGSERIAL   PRIMARY KEY,
    kind                     TEXT        NOT NULL CHECK (kind IN ('BACKUP', 'COPY', 'RESTORE')),
    job_id                   TEXT        NOT NULL,
    -- Where it was read: 'backup:ap-northeast-1' (RESAS Ops' own), 'resas-prod/backup:ap-northeast-1'.
    scope                    TEXT        NOT NULL,
    account_id               TEXT,
    region                   TEXT        NOT NULL,
    resource_arn             TEXT,
    resource_type            TEXT,
    resource_name            TEXT,
    -- BACKUP: the vault; COPY: source → destination vault; RESTORE: the recovery point's vault.
    vault                    TEXT,
    recovery_point_arn       TEXT,
    state                    TEXT        NOT NULL,
    message                  TEXT,
    created_at               TIMESTAMPTZ NOT NULL,
    completed_at             TIMESTAMPTZ,
    size_bytes               BIGINT,
    -- RESTORE only: the restored resource, the recovery point's age, the restore testing plan, its validation.
    created_resource_arn     TEXT,
    recovery_point_created_at TIMESTAMPTZ,
    restore_testing_plan     TEXT,
    validation_status        TEXT,
    validation_message       TEXT,
    incident_id              BIGINT      REFERENCES incident (id),
    ticket_id                BIGINT      REFERENCES ticket (id),
    first_seen_at            TIMESTAMPTZ NOT NULL,
    last_seen_at             TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, job_id)
);
CREATE INDEX backup_job_keyset ON backup_job (created_at DESC, id DESC);
CREATE INDEX backup_job_resource ON backup_job (resource_arn, kind, created_at DESC);

CREATE TABLE restore_drill (
    id                   BIGSERIAL   PRIMARY KEY,
    kind                 TEXT        NOT NULL CHECK (kind IN ('AUTOMATIC', 'MANUAL')),
    status               TEXT        NOT NULL CHECK (status IN ('PLANNED', 'PERFORMED', 'SIGNED_OFF')),
    title                TEXT        NOT NULL,
    planned_for          DATE,
    resource_arn         TEXT,
    recovery_point_arn   TEXT,
    recovery_point_at    TIMESTAMPTZ,
    -- The collected restore job (AUTOMATIC always; MANUAL when restored through AWS Backup).
    restore_job_id       BIGINT      REFERENCES backup_job (id),
    started_at           TIMESTAMPTZ,
    completed_at         TIMESTAMPTZ,
    performed_by         TEXT,
    recorded_by          TEXT,
    verification         TEXT        CHECK (verification IN ('PENDING', 'PASSED', 'FAILED')),
    verification_note    TEXT,
    rto_target_minutes   INTEGER     NOT NULL CHECK (rto_target_minutes BETWEEN 1 AND 10080),
    signed_off_by        TEXT,
    signed_off_at        TIMESTAMPTZ,
    sign_off_note        TEXT,
    created_by           TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (restore_job_id),
    CHECK (status = 'PLANNED' OR (performed_by IS NOT NULL AND started_at IS NOT NULL AND verification IS NOT NULL)),
    CHECK (status <> 'SIGNED_OFF' OR (signed_off_by IS NOT NULL AND signed_off_by <> performed_by
                                      AND signed_off_by <> recorded_by))
);
CREATE INDEX restore_drill_keyset ON restore_drill (created_at DESC, id DESC);
