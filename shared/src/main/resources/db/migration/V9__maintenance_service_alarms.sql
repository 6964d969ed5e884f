-- Which alarms belong to each service a maintenance window affects: {"service": ["name or ARN pattern", …]}.
-- '{}' (every window before this) means every alarm inside the window counts. The recorded alarm keeps
-- the service it was matched to.

ALTER TABLE maintenance_window ADD COLUMN alarm_patterns JSONB NOT NULL DEFAULT '{}'::jsonb
    CHECK (jsonb_typeof(alarm_patterns) = 'object');
ALTER TABLE maintenance_alarm ADD COLUMN service TEXT;
