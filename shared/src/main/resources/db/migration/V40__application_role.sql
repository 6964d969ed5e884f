-- Two database roles. The migration owner (in AWS the cluster's master user, used only by the migration
-- function; on one machine the platform's own user) runs Flyway and owns every table, trigger and function.
-- resas_app is what the application's functions connect as in AWS: data rights only. Not owning the
-- tables, it cannot ALTER or DROP them, nor drop the audit log's append-only trigger; it cannot create
-- objects either (PostgreSQL 15+ gives PUBLIC no CREATE on schema public).
-- The role is created without LOGIN: the migration function gives it LOGIN and the password of its own
-- secret after migrating. On one machine it stays NOLOGIN and unused.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'resas_app') THEN
        CREATE ROLE resas_app NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO resas_app', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO resas_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO resas_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO resas_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO resas_app;
-- Tables and sequences later migrations create (as the same owner) get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO resas_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO resas_app;
-- Flyway's own history is the migration owner's business.
DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        REVOKE ALL ON TABLE flyway_schema_history FROM resas_app;
    END IF;
END
$$;
