-- SLA policies administrators changed. A type/priority without a row uses the default policy
-- (SlaPolicies.defaults(), the operator's proposal until agreed with 主管課); version 0 is that default.
-- Targets are business minutes (開庁日 9:00-17:00 by default).

CREATE TABLE sla_policy (
    ticket_type             TEXT        NOT NULL CHECK (ticket_type IN ('INQUIRY', 'INCIDENT', 'WORK_REQUEST', 'CHANGE_REQUEST')),
    priority                TEXT        NOT NULL CHECK (priority IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    first_response_minutes  INTEGER     NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes      INTEGER     NOT NULL CHECK (resolution_minutes >= first_response_minutes),
    warning_percent         SMALLINT    NOT NULL CHECK (warning_percent BETWEEN 1 AND 99),
    paused_by               TEXT[]      NOT NULL CHECK (paused_by <@ ARRAY['WAITING_FOR_REQUESTER', 'WAITING_FOR_APPROVAL', 'WAITING_FOR_VENDOR']),
    version                 BIGINT      NOT NULL CHECK (version > 0),
    updated_by              TEXT        NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ticket_type, priority)
);
