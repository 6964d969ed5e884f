-- Incidents raised by CloudWatch alarms (and, later, by people), their timelines, the alarms we have
-- seen with every state transition they reported, and the append-only audit log.

CREATE TABLE incident (
    id             BIGSERIAL PRIMARY KEY,
    title          TEXT        NOT NULL,
    severity       SMALLINT    NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status         TEXT        NOT NULL CHECK (status IN ('DETECTED', 'MITIGATED', 'ROOT_CAUSE_IDENTIFIED', 'RESOLVED', 'CLOSED')),
    source         TEXT        NOT NULL CHECK (source IN ('ALARM', 'MANUAL', 'PIPELINE')),
    alarm_arn      TEXT,
    alarm_name     TEXT,
    account_id     TEXT,
    region         TEXT,
    occurrences    INTEGER     NOT NULL DEFAULT 0,
    opened_at      TIMESTAMPTZ NOT NULL,
    recovered_at   TIMESTAMPTZ,
    closed_at      TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    version        INTEGER     NOT NULL DEFAULT 0,
    CHECK (source <> 'ALARM' OR alarm_arn IS NOT NULL),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
-- At most one incident that is not closed per alarm: concurrent deliveries cannot open two.
CREATE UNIQUE INDEX incident_one_open_per_alarm ON incident (alarm_arn) WHERE status <> 'CLOSED' AND alarm_arn IS NOT NULL;
CREATE INDEX incident_keyset ON incident (opened_at DESC, id DESC);
CREATE INDEX incident_by_alarm ON incident (alarm_arn, opened_at);

CREATE TABLE incident_timeline (
    id           BIGSERIAL PRIMARY KEY,
    incident_id  BIGINT      NOT NULL REFERENCES incident (id),
    at           TIMESTAMPTZ NOT NULL,
    kind         TEXT        NOT NULL,
    actor        TEXT        NOT NULL,
    message      TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX incident_timeline_by_incident ON incident_timeline (incident_id, at, id);

-- One row per alarm ARN; the row lock taken by its upsert serialises deliveries for that alarm.
CREATE TABLE alarm (
    arn            TEXT PRIMARY KEY,
    name           TEXT        NOT NULL,
    account_id     TEXT        NOT NULL,
    region         TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    first_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every state change (and configuration change) an alarm reported, once: the unique key is the
-- transition's identity, so a second delivery (retry, or the same change through SNS and EventBridge)
-- inserts nothing.
CREATE TABLE alarm_transition (
    id           BIGSERIAL PRIMARY KEY,
    alarm_arn    TEXT        NOT NULL REFERENCES alarm (arn),
    kind         TEXT        NOT NULL CHECK (kind IN ('STATE', 'CONFIGURATION')),
    state        TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    reason       TEXT,
    route        TEXT        NOT NULL,
    incident_id  BIGINT      REFERENCES incident (id),
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (alarm_arn, kind, state, changed_at)
);
CREATE INDEX alarm_transition_unassigned ON alarm_transition (alarm_arn, changed_at) WHERE incident_id IS NULL;

-- Severity and auto-resolve per alarm-name pattern ('*' matches any run of characters). The rule
-- with the lowest position that matches wins; no match means severity 3, closed by a person.
CREATE TABLE alarm_rule (
    id            BIGSERIAL PRIMARY KEY,
    position      INTEGER  NOT NULL UNIQUE,
    name_pattern  TEXT     NOT NULL,
    severity      SMALLINT NOT NULL CHECK (severity BETWEEN 1 AND 4),
    auto_resolve  BOOLEAN  NOT NULL DEFAULT FALSE
);
INSERT INTO alarm_rule (position, name_pattern, severity, auto_resolve) VALUES
    (10, 'ResasOps-*Dlq*',   2, FALSE),
    (20, 'ResasOps-*-Errors', 2, TRUE);

CREATE TABLE audit_log (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor        TEXT        NOT NULL,
    action       TEXT        NOT NULL,
    target_type  TEXT        NOT NULL,
    target_id    TEXT,
    details      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    source       TEXT
);
CREATE INDEX audit_log_by_target ON audit_log (target_type, target_id, at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
