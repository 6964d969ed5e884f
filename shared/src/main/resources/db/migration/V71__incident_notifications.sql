-- Telling people: the on-call rota (per week starting Monday, business hours and after hours, contacts
-- in escalation order), the pages sent for incidents of severity 1-2 with their acknowledgement and
-- escalation, and the incidents of severity 3-4 already sent in a business-hours digest.
CREATE TABLE oncall_rota (
    week_start  DATE    NOT NULL CHECK (EXTRACT(ISODOW FROM week_start) = 1),
    shift       TEXT    NOT NULL CHECK (shift IN ('BUSINESS_HOURS', 'AFTER_HOURS')),
    position    INTEGER NOT NULL CHECK (position >= 1),
    name        TEXT    NOT NULL,
    email       TEXT    NOT NULL,
    PRIMARY KEY (week_start, shift, position)
);

CREATE TABLE incident_page (
    id               BIGSERIAL   PRIMARY KEY,
    incident_id      BIGINT      NOT NULL REFERENCES incident (id),
    -- Which opening of the incident was paged: the number of recoveries it had then (0 = first opening).
    opening          INTEGER     NOT NULL CHECK (opening >= 0),
    severity         SMALLINT    NOT NULL CHECK (severity BETWEEN 1 AND 2),
    week_start       DATE        NOT NULL,
    shift            TEXT        NOT NULL,
    position         INTEGER,
    contact_email    TEXT,
    paged_at         TIMESTAMPTZ NOT NULL,
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  TEXT,
    escalated_at     TIMESTAMPTZ,
    escalated_to     TEXT,
    UNIQUE (incident_id, opening)
);
CREATE INDEX incident_page_latest ON incident_page (incident_id, paged_at DESC, id DESC);
CREATE INDEX incident_page_unacknowledged ON incident_page (paged_at) WHERE acknowledged_at IS NULL AND escalated_at IS NULL;

CREATE TABLE incident_digest (
    incident_id  BIGINT      PRIMARY KEY REFERENCES incident (id),
    digested_at  TIMESTAMPTZ NOT NULL
);
