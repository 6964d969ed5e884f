-- Data updates (データ更新業務): the dataset catalog (更新対象一覧), update rounds (更新回), pipeline runs
-- with their steps and raw objects, data versions, and the records published versions leave: the
-- data-update log (データ更新一覧) and the source list (データ出典一覧).

CREATE TABLE dataset (
    id             TEXT PRIMARY KEY,
    name           TEXT        NOT NULL,
    publisher      TEXT        NOT NULL,
    source_kind    TEXT        NOT NULL CHECK (source_kind IN ('ESTAT_API', 'S3_INBOX', 'DOWNLOAD_URL')),
    source_ref     TEXT        NOT NULL,
    frequency      TEXT,
    next_release   DATE,
    menus          JSONB       NOT NULL DEFAULT '[]'::jsonb,
    licence        TEXT,
    owner_contact  TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE update_round (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT        NOT NULL UNIQUE,
    status       TEXT        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    planned_by   TEXT        NOT NULL,
    approved_by  TEXT,
    approved_at  TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((status = 'APPROVED') = (approved_by IS NOT NULL))
);

CREATE TABLE update_round_item (
    round_id         BIGINT NOT NULL REFERENCES update_round (id),
    dataset_id       TEXT   NOT NULL REFERENCES dataset (id),
    collect_on       DATE   NOT NULL,
    publish_by       DATE   NOT NULL,
    status           TEXT   NOT NULL DEFAULT 'PLANNED'
                     CHECK (status IN ('PLANNED', 'RUNNING', 'AWAITING_APPROVAL', 'PUBLISHED', 'REJECTED', 'FAILED')),
    published_on     DATE,
    PRIMARY KEY (round_id, dataset_id)
);

CREATE TABLE pipeline_run (
    id               BIGSERIAL PRIMARY KEY,
    dataset_id       TEXT        NOT NULL REFERENCES dataset (id),
    round_id         BIGINT      REFERENCES update_round (id),
    -- The Step Functions execution name: round + dataset, so a second start of the same update is refused.
    execution_name   TEXT        NOT NULL UNIQUE,
    status           TEXT        NOT NULL CHECK (status IN ('RUNNING', 'AWAITING_APPROVAL', 'PUBLISHED', 'REJECTED', 'FAILED')),
    reference_date   DATE        NOT NULL,
    started_by       TEXT        NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    failure_reason   TEXT,
    version_id       BIGINT,
    report           JSONB,
    task_token       TEXT,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    decision_comment TEXT,
    incident_id      BIGINT REFERENCES incident (id)
);
CREATE INDEX pipeline_run_by_dataset ON pipeline_run (dataset_id, started_at DESC);

CREATE TABLE pipeline_step (
    run_id       BIGINT      NOT NULL REFERENCES pipeline_run (id),
    step         TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('STARTED', 'SUCCEEDED', 'FAILED')),
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    detail       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (run_id, step)
);

-- One row per raw object stored for a run: where it came from, when, and its SHA-256 (provenance).
CREATE TABLE raw_object (
    run_id        BIGINT      NOT NULL REFERENCES pipeline_run (id),
    part          INTEGER     NOT NULL,
    bucket        TEXT        NOT NULL,
    object_key    TEXT        NOT NULL,
    object_version TEXT,
    sha256        TEXT        NOT NULL,
    bytes         BIGINT      NOT NULL,
    source        TEXT        NOT NULL,
    fetched_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, part)
);

-- A chunk's outcome (its report and partial totals), kept so the validation completes over all chunks
-- and a redriven chunk replaces its own outcome.
CREATE TABLE pipeline_chunk (
    run_id   BIGINT  NOT NULL REFERENCES pipeline_run (id),
    chunk    INTEGER NOT NULL,
    outcome  JSONB   NOT NULL,
    PRIMARY KEY (run_id, chunk)
);

CREATE TABLE dataset_version (
    id              BIGSERIAL PRIMARY KEY,
    dataset_id      TEXT        NOT NULL REFERENCES dataset (id),
    number          INTEGER     NOT NULL,
    run_id          BIGINT      NOT NULL UNIQUE REFERENCES pipeline_run (id),
    status          TEXT        NOT NULL CHECK (status IN ('LOADING', 'STAGED', 'PUBLISHED', 'SUPERSEDED', 'ROLLED_BACK', 'DISCARDED')),
    spec_version    INTEGER     NOT NULL,
    reference_date  DATE        NOT NULL,
    observations    BIGINT,
    summary         JSONB,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at    TIMESTAMPTZ,
    UNIQUE (dataset_id, number)
);
ALTER TABLE pipeline_run ADD FOREIGN KEY (version_id) REFERENCES dataset_version (id);

-- Observations, one partition per version (created when the version is, dropped when it is discarded):
-- loading a version never touches another's rows, and COPY into a fresh partition runs at full speed.
CREATE TABLE observation (
    version_id  BIGINT  NOT NULL,
    chunk       INTEGER NOT NULL,
    line        BIGINT  NOT NULL,
    area        TEXT    NOT NULL,
    period      TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    measure     TEXT    NOT NULL,
    value       NUMERIC,
    status      CHAR(1) NOT NULL CHECK (status IN ('V', 'S', 'M')),
    CHECK ((status = 'V') = (value IS NOT NULL))
) PARTITION BY LIST (version_id);

-- The published version of each dataset. Publishing and rolling back change this one row in the
-- transaction that records them, so a reader sees the old version or the new one, never a mixture.
CREATE TABLE dataset_current (
    dataset_id   TEXT        PRIMARY KEY REFERENCES dataset (id),
    version_id   BIGINT      NOT NULL REFERENCES dataset_version (id),
    switched_at  TIMESTAMPTZ NOT NULL,
    switched_by  TEXT        NOT NULL
);

CREATE VIEW published_observation AS
    SELECT c.dataset_id, o.area, o.period, o.category, o.measure, o.value, o.status
    FROM dataset_current c JOIN observation o ON o.version_id = c.version_id;

-- データ更新一覧: every publication and rollback.
CREATE TABLE data_update_log (
    id            BIGSERIAL PRIMARY KEY,
    dataset_id    TEXT        NOT NULL REFERENCES dataset (id),
    version_id    BIGINT      NOT NULL REFERENCES dataset_version (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('PUBLISH', 'ROLLBACK')),
    round_id      BIGINT      REFERENCES update_round (id),
    run_id        BIGINT      REFERENCES pipeline_run (id),
    observations  BIGINT      NOT NULL,
    reference_date DATE       NOT NULL,
    approved_by   TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    note          TEXT
);
CREATE INDEX data_update_log_by_at ON data_update_log (at DESC);

-- データ出典一覧: for each published version, what it was made from.
CREATE TABLE data_source (
    version_id   BIGINT      PRIMARY KEY REFERENCES dataset_version (id),
    dataset_id   TEXT        NOT NULL REFERENCES dataset (id),
    name         TEXT        NOT NULL,
    publisher    TEXT        NOT NULL,
    source_kind  TEXT        NOT NULL,
    source_ref   TEXT        NOT NULL,
    licence      TEXT,
    fetched_at   TIMESTAMPTZ NOT NULL,
    sha256       TEXT        NOT NULL
);
