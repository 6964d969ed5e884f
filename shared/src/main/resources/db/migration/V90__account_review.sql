-- アカウント棚卸し (docs/ledgers.md): the accounts of each system, review rounds, their items and every
-- decision ever taken in them (segregation of duties looks at all of them, not only the last).
CREATE TABLE review_account (
    id           BIGSERIAL   PRIMARY KEY,
    source       TEXT        NOT NULL CHECK (source IN ('IAM', 'COGNITO', 'CSV')),
    system       TEXT        NOT NULL,
    account_key  TEXT        NOT NULL,
    name         TEXT,
    groups       JSONB       NOT NULL DEFAULT '[]'::jsonb,
    last_used_at TIMESTAMPTZ,
    created_on   DATE,
    mfa          BOOLEAN,
    key_age_days INTEGER,
    status       TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'GONE')),
    seen_at      TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (source, system, account_key)
);

CREATE TABLE account_review_round (
    id                 BIGSERIAL   PRIMARY KEY,
    title              TEXT        NOT NULL,
    started_by         TEXT        NOT NULL,
    started_at         TIMESTAMPTZ NOT NULL,
    sla_business_hours INTEGER     NOT NULL,
    due_at             TIMESTAMPTZ NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED')),
    completed_by       TEXT,
    completed_at       TIMESTAMPTZ,
    version            BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE account_review_item (
    id          BIGSERIAL   PRIMARY KEY,
    round_id    BIGINT      NOT NULL REFERENCES account_review_round (id),
    account_id  BIGINT      NOT NULL REFERENCES review_account (id),
    flags       TEXT[]      NOT NULL DEFAULT '{}',
    due_at      TIMESTAMPTZ NOT NULL,
    decision    TEXT        CHECK (decision IN ('KEEP', 'REMOVE', 'CHANGE')),
    note        TEXT,
    decided_by  TEXT,
    decided_at  TIMESTAMPTZ,
    version     BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (round_id, account_id)
);

CREATE TABLE account_review_decision (
    id          BIGSERIAL   PRIMARY KEY,
    item_id     BIGINT      NOT NULL REFERENCES account_review_item (id),
    round_id    BIGINT      NOT NULL REFERENCES account_review_round (id),
    decision    TEXT        NOT NULL,
    note        TEXT,
    decided_by  TEXT        NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX account_review_decision_by_round ON account_review_decision (round_id, decided_by);
