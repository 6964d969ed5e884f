-- パッチ適用記録: what was applied where and when, by whom, and the vulnerability findings it closes. The
-- findings become FIXED only when someone other than who applied or recorded the patch verifies it.
CREATE TABLE patch_record (
    id                BIGSERIAL   PRIMARY KEY,
    title             TEXT        NOT NULL,
    target            TEXT        NOT NULL,
    environment       TEXT        NOT NULL CHECK (environment IN ('PRODUCTION', 'STAGING', 'DEVELOPMENT')),
    applied_at        TIMESTAMPTZ NOT NULL,
    applied_by        TEXT        NOT NULL,
    change_request_id BIGINT      REFERENCES ticket (id),
    note              TEXT,
    recorded_by       TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    verified_by       TEXT,
    verified_at       TIMESTAMPTZ,
    version           BIGINT      NOT NULL DEFAULT 0,
    CHECK (verified_by IS NULL OR (verified_by <> applied_by AND verified_by <> recorded_by))
);
CREATE INDEX patch_record_keyset ON patch_record (applied_at DESC, id DESC);

CREATE TABLE patch_finding (
    patch_id   BIGINT NOT NULL REFERENCES patch_record (id),
    finding_id BIGINT NOT NULL REFERENCES vulnerability_finding (id),
    PRIMARY KEY (patch_id, finding_id)
);
CREATE INDEX patch_finding_finding ON patch_finding (finding_id);
