-- Several servers on one database (PostgreSQL): work that one server at a time must do is held by a lease.
-- A lease row names its holder (a server id) and when the lease lapses unless renewed; another server takes over a
-- lapsed lease, so work held by a server that died is resumed.
CREATE TABLE cluster_lease (
    name        VARCHAR(200)             NOT NULL PRIMARY KEY,
    holder      VARCHAR(200),
    expires_at  TIMESTAMP WITH TIME ZONE,
    done_at     TIMESTAMP WITH TIME ZONE
);

-- A batch job is run by the server holding its lease (owner, lease_until); a lapsed lease is taken over.
ALTER TABLE batch_job ADD COLUMN owner VARCHAR(200);
ALTER TABLE batch_job ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- The request an audit record answers (X-Request-Id, accepted or generated), to follow a request from the logs to
-- its record. Hashed with the record when present (records without one hash as before).
ALTER TABLE audit_record ADD COLUMN request_id VARCHAR(64);

-- Failed authentications per caller address, shared by every server: one row per address and window.
CREATE TABLE auth_failure (
    address        VARCHAR(100)             NOT NULL PRIMARY KEY,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    failures       INTEGER                  NOT NULL,
    blocked_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX auth_failure_blocked_idx ON auth_failure (blocked_until);
