-- PostgreSQL: the database itself refuses UPDATE, DELETE and TRUNCATE on the audit trail.
CREATE OR REPLACE FUNCTION audit_record_refuse() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_guard
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_refuse();

CREATE TRIGGER audit_record_truncate_guard
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC;
