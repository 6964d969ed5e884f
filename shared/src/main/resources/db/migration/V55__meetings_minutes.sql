-- 定例会 and their minutes (議事録). A meeting's facts are fixed when recorded; its minutes are
-- versions: draft -> submitted -> approved or returned. An approved version is frozen (the trigger
-- refuses any change to it); a correction is the next version. Action items of an approved version
-- become issues (課題) once per (meeting, ref).

CREATE TABLE meeting (
    id                  BIGSERIAL   PRIMARY KEY,
    kind                TEXT        NOT NULL CHECK (kind IN ('WEEKLY', 'MONTHLY', 'AD_HOC')),
    title               TEXT        NOT NULL,
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    owner_attendees     JSONB       NOT NULL DEFAULT '[]'::jsonb,
    operator_attendees  JSONB       NOT NULL DEFAULT '[]'::jsonb,
    report_version      TEXT,
    recorded_by         TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    minutes_due_at      TIMESTAMPTZ NOT NULL,
    reminder_at         TIMESTAMPTZ NOT NULL,
    first_submitted_at  TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX meeting_newest ON meeting (starts_at DESC, id DESC);

CREATE TABLE meeting_minutes (
    meeting_id       BIGINT      NOT NULL REFERENCES meeting (id),
    number           INT         NOT NULL CHECK (number >= 1),
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    agenda           TEXT        NOT NULL,
    decisions        TEXT        NOT NULL,
    action_items     JSONB       NOT NULL DEFAULT '[]'::jsonb,
    correction_reason TEXT,
    author           TEXT        NOT NULL,
    editors          JSONB       NOT NULL DEFAULT '[]'::jsonb,
    created_at       TIMESTAMPTZ NOT NULL,
    submitted_by     TEXT,
    submitted_at     TIMESTAMPTZ,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    decision_comment TEXT,
    PRIMARY KEY (meeting_id, number),
    CHECK (status <> 'APPROVED' OR (decided_by IS NOT NULL AND decided_by <> author
                                    AND NOT editors ? decided_by AND decided_by <> submitted_by))
);

CREATE FUNCTION meeting_minutes_frozen() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'APPROVED' THEN
        RAISE EXCEPTION 'approved minutes % of meeting % are frozen', OLD.number, OLD.meeting_id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER meeting_minutes_frozen BEFORE UPDATE OR DELETE ON meeting_minutes
    FOR EACH ROW EXECUTE FUNCTION meeting_minutes_frozen();

CREATE TABLE meeting_action_item (
    meeting_id      BIGINT NOT NULL REFERENCES meeting (id),
    ref             TEXT   NOT NULL,
    issue_id        BIGINT NOT NULL REFERENCES ticket (id),
    minutes_number  INT    NOT NULL,
    PRIMARY KEY (meeting_id, ref)
);

CREATE TABLE meeting_timeline (
    id          BIGSERIAL   PRIMARY KEY,
    meeting_id  BIGINT      NOT NULL REFERENCES meeting (id),
    at          TIMESTAMPTZ NOT NULL,
    kind        TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    message     TEXT        NOT NULL
);
CREATE INDEX meeting_timeline_by_meeting ON meeting_timeline (meeting_id, at, id);

-- Reminder and breach of the minutes' due time, raised once each by the ticket-sla schedule.
CREATE TABLE meeting_alert (
    meeting_id  BIGINT      NOT NULL REFERENCES meeting (id),
    level       TEXT        NOT NULL CHECK (level IN ('REMINDER', 'BREACHED')),
    due_at      TIMESTAMPTZ NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meeting_id, level)
);
