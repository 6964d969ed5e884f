-- Maintenance windows, planned and ad hoc. Alarms that fire inside a window are recorded on it and
-- their incidents marked, so maintenance noise is visible and never silently dropped.

CREATE TABLE maintenance_window (
    id          BIGSERIAL   PRIMARY KEY,
    title       TEXT        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('PLANNED', 'AD_HOC')),
    services    TEXT[]      NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    status      TEXT        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX maintenance_window_span ON maintenance_window (starts_at, ends_at) WHERE status = 'SCHEDULED';

CREATE TABLE maintenance_alarm (
    id           BIGSERIAL   PRIMARY KEY,
    window_id    BIGINT      NOT NULL REFERENCES maintenance_window (id),
    alarm_arn    TEXT        NOT NULL,
    alarm_name   TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    incident_id  BIGINT      REFERENCES incident (id),
    UNIQUE (window_id, alarm_arn, changed_at)
);

ALTER TABLE incident ADD COLUMN maintenance_window_id BIGINT REFERENCES maintenance_window (id);
