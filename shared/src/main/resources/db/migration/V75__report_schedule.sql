-- The scheduled generation of the monthly and weekly reports: at most one per kind and period (a rerun
-- of the schedule finds the row GENERATED and does nothing); a failed attempt is kept with its error
-- and tried again by the next run of the schedule.
CREATE TABLE report_schedule_run (
    kind              TEXT        NOT NULL CHECK (kind IN ('MONTHLY', 'WEEKLY')),
    period            TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('GENERATED', 'FAILED')),
    attempts          INTEGER     NOT NULL CHECK (attempts > 0),
    report_id         BIGINT      REFERENCES report (id),
    last_error        TEXT,
    first_attempt_at  TIMESTAMPTZ NOT NULL,
    last_attempt_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, period),
    CHECK ((status = 'GENERATED') = (report_id IS NOT NULL))
);
