-- Log errors name the monitored service whose log groups they were counted in (the monitored-system
-- description's ids), as metrics do since V70. Rows stored before were RESAS Ops' own.
ALTER TABLE log_error_daily ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE log_error_daily ALTER COLUMN service DROP DEFAULT;
ALTER TABLE log_error_daily DROP CONSTRAINT log_error_daily_pkey;
ALTER TABLE log_error_daily ADD PRIMARY KEY (day, service, source);

ALTER TABLE log_server_error_daily ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE log_server_error_daily ALTER COLUMN service DROP DEFAULT;
ALTER TABLE log_server_error_daily DROP CONSTRAINT log_server_error_daily_pkey;
ALTER TABLE log_server_error_daily ADD PRIMARY KEY (day, service);

ALTER TABLE log_error_signature ADD COLUMN service TEXT NOT NULL DEFAULT 'resas-ops';
ALTER TABLE log_error_signature ALTER COLUMN service DROP DEFAULT;
ALTER TABLE log_error_signature DROP CONSTRAINT log_error_signature_pkey;
ALTER TABLE log_error_signature ADD PRIMARY KEY (day, service, signature);
