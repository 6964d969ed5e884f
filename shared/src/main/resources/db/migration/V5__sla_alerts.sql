-- SLA warnings and breaches raised by the ticket-sla schedule. The key makes each (ticket, clock,
-- level) raise once, however often or concurrently the schedule runs.

CREATE TABLE sla_alert (
    ticket_type  TEXT        NOT NULL CHECK (ticket_type IN ('INQUIRY', 'INCIDENT', 'WORK_REQUEST', 'CHANGE_REQUEST')),
    ticket_id    BIGINT      NOT NULL,
    clock        TEXT        NOT NULL CHECK (clock IN ('FIRST_RESPONSE', 'RESOLUTION')),
    level        TEXT        NOT NULL CHECK (level IN ('WARNING', 'BREACHED')),
    due_at       TIMESTAMPTZ,
    raised_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_type, ticket_id, clock, level)
);
