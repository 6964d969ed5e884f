-- 開発スケジュール: menus and functions under development or change, their milestones (planned and
-- actual dates), progress, status and linked change requests. Every change keeps the plan as it then
-- stood in dev_item_plan, so "slipped since last week" compares with the plan of a week before.

CREATE TABLE dev_item (
    id                  BIGSERIAL   PRIMARY KEY,
    name                TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('MENU', 'FUNCTION')),
    description         TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'ON_HOLD')),
    progress            INT         NOT NULL CHECK (progress BETWEEN 0 AND 100),
    milestones          JSONB       NOT NULL,
    change_requests     JSONB       NOT NULL DEFAULT '[]'::jsonb,
    updated_by          TEXT        NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE dev_item_plan (
    id          BIGSERIAL   PRIMARY KEY,
    item_id     BIGINT      NOT NULL REFERENCES dev_item (id),
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    milestones  JSONB       NOT NULL
);
CREATE INDEX dev_item_plan_by_item ON dev_item_plan (item_id, at DESC, id DESC);
