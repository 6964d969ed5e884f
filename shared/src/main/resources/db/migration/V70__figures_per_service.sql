-- Every figure names the monitored service it measures (the monitored-system description's ids).
-- Figures stored before this migration were RESAS Ops' own (the collectors watched the platform):
-- they are kept under the ops platform's id.
ALTER TABLE metric_daily ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE metric_daily ALTER COLUMN service DROP DEFAULT;
ALTER TABLE metric_daily DROP CONSTRAINT metric_daily_pkey;
ALTER TABLE metric_daily ADD PRIMARY KEY (day, service, namespace, metric, resource, stat);

ALTER TABLE availability_daily ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE availability_daily ALTER COLUMN service DROP DEFAULT;
ALTER TABLE availability_daily DROP CONSTRAINT availability_daily_pkey;
ALTER TABLE availability_daily ADD PRIMARY KEY (service, day);
