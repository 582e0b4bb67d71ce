-- The record an auditor asks for: the determination (its audit record) a licence registration and a drawdown rest
-- on, and where that link came from. GIVEN: the caller named the determination's audit record; APPLICATION: taken
-- from the application the licence was approved on; NONE: it rests on no determination (none given, none to take).
-- Rows written before this migration have neither column: their link was not recorded, and the view says so.
ALTER TABLE licence ADD COLUMN determination_audit_seq BIGINT REFERENCES audit_record (seq);
ALTER TABLE licence ADD COLUMN determination_source VARCHAR(16);
ALTER TABLE licence ADD CONSTRAINT licence_determination_ck CHECK (
    (determination_source IS NULL AND determination_audit_seq IS NULL)
    OR (determination_source = 'NONE' AND determination_audit_seq IS NULL)
    OR (determination_source IN ('GIVEN', 'APPLICATION') AND determination_audit_seq IS NOT NULL));

ALTER TABLE licence_shipment ADD COLUMN determination_audit_seq BIGINT REFERENCES audit_record (seq);
ALTER TABLE licence_shipment ADD COLUMN determination_source VARCHAR(16);
ALTER TABLE licence_shipment ADD CONSTRAINT licence_shipment_determination_ck CHECK (
    (determination_source IS NULL AND determination_audit_seq IS NULL)
    OR (determination_source = 'NONE' AND determination_audit_seq IS NULL)
    OR (determination_source IN ('GIVEN', 'APPLICATION') AND determination_audit_seq IS NOT NULL));
