-- Officers' decisions on screening hits: false positive, confirmed match or escalated (issue 9).
-- The reviewed_hit table keeps every decision (rows are never updated; the latest per party and entry stands).
-- A decision names its party by key, or (party_key NULL) by the fingerprint of the full party record it was made on.
ALTER TABLE reviewed_hit ADD COLUMN kind VARCHAR(20) DEFAULT 'FALSE_POSITIVE' NOT NULL;
ALTER TABLE reviewed_hit ALTER COLUMN party_key DROP NOT NULL;
ALTER TABLE reviewed_hit ADD COLUMN party_name VARCHAR(1000);
ALTER TABLE reviewed_hit ADD COLUMN party_record TEXT;
ALTER TABLE reviewed_hit ADD COLUMN needs_confirmation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE reviewed_hit ADD CONSTRAINT reviewed_hit_kind_ck
    CHECK (kind IN ('FALSE_POSITIVE', 'CONFIRMED_MATCH', 'ESCALATED'));
ALTER TABLE reviewed_hit ADD CONSTRAINT reviewed_hit_party_ck
    CHECK (party_key IS NOT NULL OR party_record IS NOT NULL);
CREATE INDEX reviewed_hit_name_idx ON reviewed_hit (party_name);

-- Four eyes: a second, different officer confirms a false positive before it suppresses alerts.
CREATE TABLE decision_confirmation (
    decision_id   BIGINT                   NOT NULL PRIMARY KEY REFERENCES reviewed_hit (id),
    officer       VARCHAR(200)             NOT NULL,
    reason        TEXT,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
