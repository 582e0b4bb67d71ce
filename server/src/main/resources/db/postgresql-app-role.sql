-- The PostgreSQL role Clearance should run as: it may read and write its records but can neither change nor
-- remove audit records, nor switch off the trigger that guards them (only the owner could).
-- Run as the owner of the schema (the user that ran the migrations), after the first start with that user:
--   psql -U clearance_owner -d clearance -f server/src/main/resources/db/postgresql-app-role.sql
--   psql -U clearance_owner -d clearance -c "ALTER ROLE clearance_app PASSWORD 'a-long-secret'"
-- Re-running it is harmless; the default privileges below cover tables later migrations add.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clearance_app') THEN
        CREATE ROLE clearance_app LOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO clearance_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO clearance_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO clearance_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO clearance_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO clearance_app;

-- The audit trail is append-only for the application; the migration history is the owner's.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM clearance_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM clearance_app;
