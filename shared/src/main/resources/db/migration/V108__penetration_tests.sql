-- ペネトレーションテスト: each test (scope, vendor, dates, the work request it was commissioned under and its
-- report, an attachment of that ticket) and its findings with severity and remediation status. An open
-- finding raises one follow-up ticket (課題); accepting a finding's risk is an approver's decision, never the
-- decision of whoever recorded the finding.
CREATE TABLE penetration_test (
    id                   BIGSERIAL   PRIMARY KEY,
    title                TEXT        NOT NULL,
    vendor               TEXT        NOT NULL,
    scope                TEXT        NOT NULL,
    started_on           DATE        NOT NULL,
    ended_on             DATE        NOT NULL,
    ticket_id            BIGINT      NOT NULL REFERENCES ticket (id),
    report_attachment_id BIGINT      REFERENCES ticket_attachment (id),
    recorded_by          TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    CHECK (started_on <= ended_on)
);
CREATE INDEX penetration_test_keyset ON penetration_test (started_on DESC, id DESC);

CREATE TABLE pentest_finding (
    id                BIGSERIAL   PRIMARY KEY,
    test_id           BIGINT      NOT NULL REFERENCES penetration_test (id),
    title             TEXT        NOT NULL,
    severity          TEXT        NOT NULL CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL')),
    description       TEXT        NOT NULL,
    status            TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'FIXED', 'ACCEPTED')),
    follow_up_ticket_id BIGINT    REFERENCES ticket (id),
    recorded_by       TEXT        NOT NULL,
    fixed_by          TEXT,
    fixed_at          TIMESTAMPTZ,
    accepted_by       TEXT,
    accepted_at       TIMESTAMPTZ,
    accepted_reason   TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CHECK (status <> 'ACCEPTED' OR (accepted_by IS NOT NULL AND accepted_reason IS NOT NULL
                                    AND accepted_by <> recorded_by))
);
CREATE INDEX pentest_finding_keyset ON pentest_finding (created_at DESC, id DESC);
CREATE INDEX pentest_finding_by_test ON pentest_finding (test_id, id);
