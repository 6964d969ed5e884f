-- Notifications to people (pages, escalations, digests, "a report is ready"), one row per channel (sns,
-- chat, log). A row is written in the same transaction as what caused it and delivered after that
-- commits, so nothing is sent for work that rolled back and nothing decided is lost: an attempt that
-- fails is recorded (attempts, last_error) and retried with a growing delay until it is delivered.
CREATE TABLE notification_outbox (
    id               BIGSERIAL   PRIMARY KEY,
    channel          TEXT        NOT NULL,
    kind             TEXT        NOT NULL CHECK (kind IN ('PAGE', 'ESCALATION', 'DIGEST', 'REPORT')),
    subject          TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    contact_name     TEXT,
    contact_email    TEXT,
    link             TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    attempts         INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- When it may be tried (again); while an attempt runs, the end of its lease.
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    last_attempt_at  TIMESTAMPTZ,
    last_error       TEXT,
    delivered_at     TIMESTAMPTZ
);
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
