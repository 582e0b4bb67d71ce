-- PostgreSQL: at most one active (not CLOSED) alert per (party, entry), whatever runs concurrently.
-- Before the constraint: a pair (party, entry) with more than one active alert (raised twice by concurrent
-- re-screenings) keeps one - the confirmed, else the open, else the reviewed one, the oldest of equals - and the others
-- are closed with a note naming the one kept, never deleted.
UPDATE party_alert SET state = 'CLOSED', closed_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP,
    note = 'closed by migration V50: a second active alert on this party and entry; alert '
        || CAST((SELECT k.id FROM party_alert k
                 WHERE k.party_key = party_alert.party_key AND k.entry_id = party_alert.entry_id
                   AND k.state <> 'CLOSED'
                 ORDER BY CASE k.state WHEN 'CONFIRMED' THEN 0 WHEN 'OPEN' THEN 1 ELSE 2 END, k.id
                 LIMIT 1) AS VARCHAR(20))
        || ' stays' || CASE WHEN note IS NULL THEN '' ELSE ' (note was: ' || note || ')' END
WHERE state <> 'CLOSED'
  AND EXISTS (SELECT 1 FROM party_alert k
              WHERE k.party_key = party_alert.party_key AND k.entry_id = party_alert.entry_id
                AND k.state <> 'CLOSED' AND k.id <> party_alert.id
                AND (CASE k.state WHEN 'CONFIRMED' THEN 0 WHEN 'OPEN' THEN 1 ELSE 2 END
                         < CASE party_alert.state WHEN 'CONFIRMED' THEN 0 WHEN 'OPEN' THEN 1 ELSE 2 END
                     OR (CASE k.state WHEN 'CONFIRMED' THEN 0 WHEN 'OPEN' THEN 1 ELSE 2 END
                         = CASE party_alert.state WHEN 'CONFIRMED' THEN 0 WHEN 'OPEN' THEN 1 ELSE 2 END
                         AND k.id < party_alert.id)));

CREATE UNIQUE INDEX party_alert_active_uq ON party_alert (party_key, entry_id) WHERE state <> 'CLOSED';
