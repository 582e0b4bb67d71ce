-- The audit record of the determination an application rests on (written when it was filed), so the record an
-- auditor asks for links the application to its determination. Null for applications filed before this column.
ALTER TABLE licence_application ADD COLUMN determination_audit_seq BIGINT;
