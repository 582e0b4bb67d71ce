-- A decision is recorded once per request: a request retried with the same X-Request-Id (a load balancer's retry on
-- another server) finds the decision its first try recorded instead of recording a second one.
ALTER TABLE reviewed_hit ADD COLUMN request_id VARCHAR(64);
CREATE UNIQUE INDEX reviewed_hit_request_uq ON reviewed_hit (request_id);
