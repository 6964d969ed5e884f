-- 構成管理台帳 (docs/ledgers.md): snapshots of the deployed configuration, each stored only when it
-- differs from the latest of its source, with the diff against that one; change requests name the
-- snapshots before and after them.
CREATE TABLE configuration_snapshot (
    id             BIGSERIAL   PRIMARY KEY,
    source         TEXT        NOT NULL CHECK (source IN ('AWS', 'CDK_OUT')),
    taken_at       TIMESTAMPTZ NOT NULL,
    taken_by       TEXT        NOT NULL,
    digest         TEXT        NOT NULL,
    resource_count INTEGER     NOT NULL,
    resources      JSONB       NOT NULL,
    missing        JSONB       NOT NULL DEFAULT '[]'::jsonb,
    previous_id    BIGINT      REFERENCES configuration_snapshot (id),
    diff           JSONB       NOT NULL,
    added          INTEGER     NOT NULL,
    removed        INTEGER     NOT NULL,
    changed        INTEGER     NOT NULL
);

CREATE INDEX configuration_snapshot_by_source ON configuration_snapshot (source, id DESC);

CREATE TABLE change_request_snapshot (
    ticket_id  BIGINT      PRIMARY KEY REFERENCES ticket (id),
    before_id  BIGINT      REFERENCES configuration_snapshot (id),
    after_id   BIGINT      REFERENCES configuration_snapshot (id),
    linked_by  TEXT        NOT NULL,
    linked_at  TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);
