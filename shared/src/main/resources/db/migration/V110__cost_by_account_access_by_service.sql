-- A month's cost by linked account and AWS service (GetCostAndUsage grouped by LINKED_ACCOUNT and SERVICE),
-- each account mapped, when collected, to the monitored-system description: one of RESAS's accounts (its
-- description name), RESAS Ops' own account, or an account of the bill the description does not name.
CREATE TABLE cost_account_monthly (
    month         TEXT    NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    account_id    TEXT    NOT NULL CHECK (account_id ~ '^[0-9]{12}$'),
    owner         TEXT    NOT NULL CHECK (owner IN ('RESAS', 'RESAS_OPS', 'UNLISTED')),
    account_name  TEXT,
    service       TEXT    NOT NULL,
    unblended     NUMERIC,
    amortized     NUMERIC,
    unit          TEXT    NOT NULL,
    estimated     BOOLEAN NOT NULL,
    PRIMARY KEY (month, account_id, service),
    CHECK ((owner = 'UNLISTED') = (account_name IS NULL))
);

-- Access figures name the monitored service whose CloudFront logs they were counted from (the
-- monitored-system description's ids). Rows from before were RESAS Ops' own distribution or the
-- description's one site; like V70 and V73 they are kept under RESAS Ops' id, 'resas-ops'.
ALTER TABLE access_daily ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE access_daily ALTER COLUMN service DROP DEFAULT;
ALTER TABLE access_daily DROP CONSTRAINT access_daily_pkey;
ALTER TABLE access_daily ADD PRIMARY KEY (day, service);

ALTER TABLE access_breakdown_daily ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE access_breakdown_daily ALTER COLUMN service DROP DEFAULT;
ALTER TABLE access_breakdown_daily DROP CONSTRAINT access_breakdown_daily_pkey;
ALTER TABLE access_breakdown_daily ADD PRIMARY KEY (day, service, dimension, key);
