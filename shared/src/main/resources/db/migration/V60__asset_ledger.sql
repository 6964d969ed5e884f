-- 資産管理台帳: every asset the system uses (cloud resources, software, domains, server certificates,
-- licences of public statistics and private data, other contracts). asset_key identifies an asset
-- within its kind: the ARN, domain name or package URL for what discovery finds, a contract number
-- or the name for what people enter. Discovery adds, updates and marks GONE; nothing is deleted.
CREATE TABLE asset (
    id               BIGSERIAL   PRIMARY KEY,
    kind             TEXT        NOT NULL CHECK (kind IN ('CLOUD_RESOURCE', 'SOFTWARE', 'DOMAIN', 'CERTIFICATE',
                                                          'LICENCE', 'CONTRACT')),
    asset_key        TEXT        NOT NULL,
    name             TEXT        NOT NULL,
    origin           TEXT        NOT NULL CHECK (origin IN ('MANUAL', 'IMPORT', 'DISCOVERY')),
    -- Where discovery saw it (e.g. 'tagging:ap-northeast-1'); a scope that could not be read marks nothing gone.
    scope            TEXT,
    owner            TEXT,
    status           TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'GONE', 'RETIRED')),
    starts_on        DATE,
    ends_on          DATE,
    software_version TEXT,
    provider         TEXT,
    cost             NUMERIC,
    cost_unit        TEXT,
    renewal_on       DATE,
    notice_days      INTEGER     CHECK (notice_days IS NULL OR notice_days >= 0),
    permitted_use    TEXT,
    -- What discovery read: resource type, region, tags, auto-renew, renewal eligibility, in use by.
    attributes       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    notes            TEXT,
    last_seen_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (kind, asset_key)
);
CREATE INDEX asset_ends_on ON asset (ends_on) WHERE ends_on IS NOT NULL;

-- The change requests (変更要求) that changed an asset.
CREATE TABLE asset_change_request (
    asset_id   BIGINT NOT NULL REFERENCES asset (id),
    ticket_id  BIGINT NOT NULL REFERENCES ticket (id),
    PRIMARY KEY (asset_id, ticket_id)
);

-- Expiry watch: one row per asset, end date and threshold, so each warning is raised once
-- (a new end date after a renewal starts the thresholds again).
CREATE TABLE asset_expiry_alert (
    asset_id     BIGINT      NOT NULL REFERENCES asset (id),
    ends_on      DATE        NOT NULL,
    threshold    TEXT        NOT NULL CHECK (threshold IN ('D60', 'D30', 'D7', 'ENDED')),
    ticket_id    BIGINT      REFERENCES ticket (id),
    incident_id  BIGINT      REFERENCES incident (id),
    raised_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (asset_id, ends_on, threshold)
);
