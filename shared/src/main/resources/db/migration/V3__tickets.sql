-- Service-desk tickets other than incidents: inquiries (問合せ), work requests (作業依頼), change
-- requests (変更管理) and the issue list (課題管理表). What they share is a column; what a kind adds is
-- in "fields" (text values keyed by the names its rules declare). The SLA reads created_at,
-- first_responded_at, resolved_at and the pauses.

CREATE TABLE ticket (
    id                  BIGSERIAL   PRIMARY KEY,
    kind                TEXT        NOT NULL CHECK (kind IN ('INQUIRY', 'WORK_REQUEST', 'CHANGE_REQUEST', 'ISSUE')),
    title               TEXT        NOT NULL,
    priority            TEXT        NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    status              TEXT        NOT NULL,
    requester           TEXT        NOT NULL,
    assignee            TEXT,
    due_date            DATE,
    fields              JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at          TIMESTAMPTZ NOT NULL,
    first_responded_at  TIMESTAMPTZ,
    resolved_at         TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX ticket_keyset ON ticket (kind, created_at DESC, id DESC);
CREATE INDEX ticket_open ON ticket (assignee) WHERE closed_at IS NULL;

CREATE TABLE ticket_timeline (
    id         BIGSERIAL   PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    at         TIMESTAMPTZ NOT NULL,
    kind       TEXT        NOT NULL,
    actor      TEXT        NOT NULL,
    message    TEXT        NOT NULL
);
CREATE INDEX ticket_timeline_by_ticket ON ticket_timeline (ticket_id, at, id);

-- Waits that may stop the resolution clock; at most one open wait per ticket.
CREATE TABLE ticket_pause (
    id         BIGSERIAL   PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    reason     TEXT        NOT NULL CHECK (reason IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_APPROVAL', 'WAITING_FOR_VENDOR')),
    from_at    TIMESTAMPTZ NOT NULL,
    until_at   TIMESTAMPTZ,
    CHECK (until_at IS NULL OR until_at > from_at)
);
CREATE UNIQUE INDEX ticket_one_open_pause ON ticket_pause (ticket_id) WHERE until_at IS NULL;

-- Approval decisions by 主管課 (approver role); the approver is never the requester.
CREATE TABLE ticket_approval (
    id         BIGSERIAL   PRIMARY KEY,
    ticket_id  BIGINT      NOT NULL REFERENCES ticket (id),
    decision   TEXT        NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
    approver   TEXT        NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    comment    TEXT
);
CREATE INDEX ticket_approval_by_ticket ON ticket_approval (ticket_id, at);
