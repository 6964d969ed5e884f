-- What the collectors gather for the monthly report (稼働状況, ログのエラー, リソース使用量, クラウド費用,
-- アクセス解析), and when each collector ran. Every figure table is keyed by its period, so a re-run
-- deletes that period's rows and inserts the new ones in one transaction. Missing data is never
-- stored as zero: it is absent, and the run names it in collector_run.missing.

-- Collectors and budgets open incidents too; dedup_key lets them keep one open incident per cause.
ALTER TABLE incident DROP CONSTRAINT incident_source_check;
ALTER TABLE incident ADD CONSTRAINT incident_source_check
    CHECK (source IN ('ALARM', 'MANUAL', 'PIPELINE', 'COLLECTOR', 'BUDGET'));
ALTER TABLE incident ADD COLUMN dedup_key TEXT;
CREATE UNIQUE INDEX incident_one_open_per_dedup_key ON incident (dedup_key)
    WHERE status <> 'CLOSED' AND dedup_key IS NOT NULL;

CREATE TABLE collector_run (
    id            BIGSERIAL PRIMARY KEY,
    collector     TEXT        NOT NULL,
    period        TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('SUCCEEDED', 'PARTIAL', 'FAILED')),
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    missing       JSONB       NOT NULL DEFAULT '[]'::jsonb,
    error         TEXT
);
CREATE INDEX collector_run_latest ON collector_run (collector, finished_at DESC, id DESC);

-- Cost Explorer: amounts as Cost Explorer reports them (decimal strings, unit usually USD).
CREATE TABLE cost_daily (
    day         DATE    NOT NULL,
    service     TEXT    NOT NULL,
    unblended   NUMERIC,
    amortized   NUMERIC,
    unit        TEXT    NOT NULL,
    estimated   BOOLEAN NOT NULL,
    PRIMARY KEY (day, service)
);
CREATE TABLE cost_monthly (
    month       TEXT    NOT NULL,
    service     TEXT    NOT NULL,
    tag_value   TEXT    NOT NULL DEFAULT '',
    unblended   NUMERIC,
    amortized   NUMERIC,
    unit        TEXT    NOT NULL,
    estimated   BOOLEAN NOT NULL,
    PRIMARY KEY (month, service, tag_value)
);
CREATE TABLE cost_forecast (
    month       TEXT        PRIMARY KEY,
    amount      NUMERIC     NOT NULL,
    unit        TEXT        NOT NULL,
    computed_on DATE        NOT NULL
);
-- Thresholds per month ('*' = every month); crossing one by actual or forecast opens one ticket.
CREATE TABLE cost_budget (
    month       TEXT    NOT NULL CHECK (month = '*' OR month ~ '^[0-9]{4}-[0-9]{2}$'),
    threshold   NUMERIC NOT NULL CHECK (threshold > 0),
    unit        TEXT    NOT NULL DEFAULT 'USD',
    PRIMARY KEY (month, threshold)
);
CREATE TABLE cost_budget_breach (
    month        TEXT        NOT NULL,
    threshold    NUMERIC     NOT NULL,
    basis        TEXT        NOT NULL CHECK (basis IN ('ACTUAL', 'FORECAST')),
    amount       NUMERIC     NOT NULL,
    incident_id  BIGINT      REFERENCES incident (id),
    detected_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (month, threshold, basis)
);

-- CloudWatch GetMetricData: one value per day, metric and resource.
CREATE TABLE metric_daily (
    day         DATE    NOT NULL,
    namespace   TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    resource    TEXT    NOT NULL,
    stat        TEXT    NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    threshold   DOUBLE PRECISION,
    breached    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (day, namespace, metric, resource, stat)
);
-- Five-minute periods of a day: how many were judged, how many breached the availability rule.
CREATE TABLE availability_daily (
    day              DATE    PRIMARY KEY,
    periods          INTEGER NOT NULL CHECK (periods >= 0),
    breached_periods INTEGER NOT NULL CHECK (breached_periods >= 0),
    idle_periods     INTEGER NOT NULL CHECK (idle_periods >= 0)
);

-- CloudWatch Logs Insights.
CREATE TABLE log_error_daily (
    day         DATE    NOT NULL,
    source      TEXT    NOT NULL,
    errors      BIGINT  NOT NULL,
    PRIMARY KEY (day, source)
);
CREATE TABLE log_server_error_daily (
    day            DATE   PRIMARY KEY,
    server_errors  BIGINT NOT NULL
);
CREATE TABLE log_error_signature (
    day         DATE    NOT NULL,
    signature   TEXT    NOT NULL,
    occurrences BIGINT  NOT NULL,
    sample      TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    PRIMARY KEY (day, signature)
);

-- CloudFront access logs. Visitors are counted per day from a hash of client IP and user agent
-- salted with a random value that lives only for the run: neither IPs nor hashes are stored.
CREATE TABLE access_daily (
    day              DATE   PRIMARY KEY,
    requests         BIGINT NOT NULL,
    page_views       BIGINT NOT NULL,
    unique_visitors  BIGINT NOT NULL,
    log_files        INTEGER NOT NULL
);
CREATE TABLE access_breakdown_daily (
    day        DATE   NOT NULL,
    dimension  TEXT   NOT NULL CHECK (dimension IN ('PAGE', 'MENU', 'STATUS', 'REFERRER')),
    key        TEXT   NOT NULL,
    count      BIGINT NOT NULL,
    PRIMARY KEY (day, dimension, key)
);
