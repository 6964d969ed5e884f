-- 改善提案書: the operator's proposal for a month's service level (proposal, expected effect, cost),
-- submitted to 主管課, who accepts or declines it. Nobody decides on a proposal they wrote or submitted.

CREATE TABLE improvement_proposal (
    id               BIGSERIAL   PRIMARY KEY,
    month            TEXT        NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    title            TEXT        NOT NULL,
    proposal         TEXT,
    expected_effect  TEXT,
    cost             TEXT,
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'DECLINED')),
    author           TEXT        NOT NULL,
    submitted_by     TEXT,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    decision_comment TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CHECK (decided_by IS NULL OR (decided_by <> author AND decided_by <> submitted_by))
);
