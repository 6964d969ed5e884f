-- The incident lifecycle after detection: who works it, the major flag, when each stage was reached
-- (the SLA reads responded_at and mitigated_at), and the structured content of a 障害報告書.

ALTER TABLE incident
    ADD COLUMN assignee               TEXT,
    ADD COLUMN major                  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN created_by             TEXT,
    ADD COLUMN responded_at           TIMESTAMPTZ,
    ADD COLUMN mitigated_at           TIMESTAMPTZ,
    ADD COLUMN root_cause_at          TIMESTAMPTZ,
    ADD COLUMN resolved_at            TIMESTAMPTZ,
    ADD COLUMN impact                 TEXT,
    ADD COLUMN cause                  TEXT,
    ADD COLUMN workaround             TEXT,
    ADD COLUMN permanent_fix          TEXT,
    ADD COLUMN prevention             TEXT;

CREATE INDEX incident_open_by_assignee ON incident (assignee) WHERE status <> 'CLOSED';
