-- H2: a Java trigger refuses UPDATE and DELETE on the audit trail (TRUNCATE is refused by the audit_head foreign key).
CREATE TRIGGER audit_record_guard
    BEFORE UPDATE, DELETE ON audit_record
    FOR EACH ROW CALL 'dev.clearance.records.H2AuditGuard';
