-- サポート終了 (EOS) カレンダー: what RESAS and RESAS Ops run on (Lambda runtimes, the Aurora PostgreSQL
-- major, the JDK, the major libraries), each with the last day it is supported, where that date was
-- published and who checked it. Administrators keep it (docs/security-and-backups.md); the seed is V106.
CREATE TABLE eos_item (
    id           BIGSERIAL   PRIMARY KEY,
    system       TEXT        NOT NULL CHECK (system IN ('RESAS', 'RESAS_OPS')),
    category     TEXT        NOT NULL CHECK (category IN ('LAMBDA_RUNTIME', 'DATABASE', 'JDK', 'LIBRARY', 'OS', 'OTHER')),
    name         TEXT        NOT NULL,
    product_version TEXT     NOT NULL,
    -- The last day of (standard) support, as the source publishes it.
    ends_on      DATE        NOT NULL,
    source_url   TEXT        NOT NULL CHECK (source_url ~ '^https?://'),
    reviewed_by  TEXT        NOT NULL,
    reviewed_at  TIMESTAMPTZ NOT NULL,
    note         TEXT,
    -- Set when an upgrade away from it was completed: no more warnings.
    retired_at   TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (system, category, name, product_version)
);

-- One ticket per item and threshold, ever: the primary key makes a re-run or a concurrent run raise nothing more.
CREATE TABLE eos_alert (
    item_id        BIGINT      NOT NULL REFERENCES eos_item (id),
    threshold_days INTEGER     NOT NULL CHECK (threshold_days IN (180, 90, 30)),
    ends_on        DATE        NOT NULL,
    ticket_id      BIGINT      REFERENCES ticket (id),
    raised_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, threshold_days)
);

-- An upgrade: the change request (変更要求) that carries it out and its test record (試験記録).
CREATE TABLE eos_upgrade (
    id                BIGSERIAL   PRIMARY KEY,
    item_id           BIGINT      NOT NULL REFERENCES eos_item (id),
    change_request_id BIGINT      NOT NULL UNIQUE REFERENCES ticket (id),
    target_version    TEXT        NOT NULL,
    status            TEXT        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'TESTED', 'DONE')),
    test_environment  TEXT,
    test_result       TEXT        CHECK (test_result IN ('PASSED', 'FAILED')),
    test_summary      TEXT,
    test_evidence     TEXT,
    tested_by         TEXT,
    tested_at         TIMESTAMPTZ,
    planned_by        TEXT        NOT NULL,
    planned_at        TIMESTAMPTZ NOT NULL,
    done_by           TEXT,
    done_at           TIMESTAMPTZ,
    version           BIGINT      NOT NULL DEFAULT 0,
    CHECK (status = 'PLANNED' OR (test_result IS NOT NULL AND tested_by IS NOT NULL AND tested_at IS NOT NULL)),
    CHECK (status <> 'DONE' OR (test_result = 'PASSED' AND done_by IS NOT NULL AND done_by <> tested_by))
);
CREATE INDEX eos_upgrade_item ON eos_upgrade (item_id);
