package dev.clearance.records.parties;

import dev.clearance.records.Database;
import dev.clearance.records.Page;
import dev.clearance.records.PageRequest;
import dev.clearance.records.Sql;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Alerts on the partner master: raised when a list entry hits a party, closed when the entry is removed or no longer
 * hits, moved to REVIEWED or CONFIRMED by an officer's decision on (party key, entry id). A party has at most one
 * active (not CLOSED) alert per entry, which the database enforces (V50), so concurrent re-screenings never raise one
 * twice. Every change is audited in the same transaction as the change.
 */
public final class PartyAlerts {
    private static final String COLUMNS = "id, party_key, entry_id, list_name, state, score, party_name, matched_name, "
            + "explanation, list_versions, raised_by, opened_at, updated_at, closed_at, entry_removed, note";

    /** Tries of {@link #apply} when a concurrent re-screening raised the same alert first. */
    private static final int MAX_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param database the records database
     * @param audit the trail changes are appended to
     */
    public PartyAlerts(Database database, AuditTrail audit) {
        this(database, audit, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param audit the trail changes are appended to
     * @param clock source of times
     */
    public PartyAlerts(Database database, AuditTrail audit, Clock clock) {
        this.jdbi = database.jdbi();
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A hit to raise an alert for.
     *
     * @param partyKey the party's key
     * @param entryId the entry's id
     * @param listName the entry's list
     * @param score the match score
     * @param partyName the party's name that matched
     * @param matchedName the listed name that matched
     * @param explanationJson the explanation, as JSON
     * @param reopenReviewed whether a REVIEWED alert of the same pair opens again (the entry or party data changed,
     *     so the review no longer stands)
     */
    public record Hit(String partyKey, String entryId, String listName, double score, String partyName,
            String matchedName, String explanationJson, boolean reopenReviewed) {
    }

    /**
     * Alerts that no longer apply.
     *
     * @param partyKey only this party's alert, or null for every party's
     * @param entryId the entry
     * @param note why
     * @param entryRemoved whether the entry was removed from its list (a CONFIRMED alert is then flagged, not closed)
     */
    public record Closing(String partyKey, String entryId, String note, boolean entryRemoved) {
    }

    /**
     * What {@link #apply} did.
     *
     * @param opened alerts raised
     * @param reopened REVIEWED alerts opened again
     * @param refreshed active alerts whose score and explanation were brought up to date
     * @param closed alerts closed
     * @param flagged CONFIRMED alerts whose entry was removed (kept CONFIRMED, for an officer to look at)
     */
    public record Outcome(List<PartyAlert> opened, List<PartyAlert> reopened, List<PartyAlert> refreshed,
            List<PartyAlert> closed, List<PartyAlert> flagged) {
        /** @return true if nothing changed */
        public boolean isEmpty() {
            return opened.isEmpty() && reopened.isEmpty() && refreshed.isEmpty() && closed.isEmpty() && flagged.isEmpty();
        }
    }

    /**
     * Raises alerts for hits and closes the ones that no longer apply, in one transaction with one audit record
     * (none when nothing changed). A hit whose pair has an active alert refreshes it instead of raising another.
     *
     * @param hits hits found
     * @param closings alerts that no longer apply
     * @param listVersions labels of the list versions the hits were found in
     * @param raisedBy what raised the hits
     * @param auditRecord words the audit record from the outcome
     * @return what changed
     */
    public Outcome apply(List<Hit> hits, List<Closing> closings, List<String> listVersions, String raisedBy,
            Function<Outcome, AuditRecord> auditRecord) {
        // Two re-screenings may raise the same pair at once: neither sees the other's uncommitted alert, and the
        // database's uniqueness of active alerts (V50) refuses the second insert. Run again, it finds the alert the
        // other committed and refreshes it, so applying the same hit twice stores one alert.
        for (int attempt = 1; ; attempt++) {
            try {
                return applyOnce(hits, closings, listVersions, raisedBy, auditRecord);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !Sql.concurrentWrite(e)) {
                    throw e;
                }
            }
        }
    }

    private Outcome applyOnce(List<Hit> hits, List<Closing> closings, List<String> listVersions, String raisedBy,
            Function<Outcome, AuditRecord> auditRecord) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String versions = String.join("\n", listVersions);
            Outcome o = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (Closing c : closings) {
                for (PartyAlert a : active(h, c.partyKey(), c.entryId())) {
                    if (a.state() == PartyAlert.State.CONFIRMED) {
                        if (c.entryRemoved() && !a.entryRemoved()) {
                            h.createUpdate("UPDATE party_alert SET entry_removed = TRUE, note = :note, updated_at = :now "
                                    + "WHERE id = :id").bind("note", c.note()).bind("now", Sql.ts(now))
                                    .bind("id", a.id()).execute();
                            o.flagged().add(get(h, a.id()));
                        }
                        continue;
                    }
                    h.createUpdate("UPDATE party_alert SET state = 'CLOSED', closed_at = :now, updated_at = :now, "
                                    + "note = :note, entry_removed = :removed WHERE id = :id")
                            .bind("note", c.note()).bind("now", Sql.ts(now)).bind("removed", c.entryRemoved())
                            .bind("id", a.id()).execute();
                    o.closed().add(get(h, a.id()));
                }
            }
            for (Hit hit : hits) {
                List<PartyAlert> existing = active(h, hit.partyKey(), hit.entryId());
                if (existing.isEmpty()) {
                    long id = h.createUpdate("INSERT INTO party_alert (party_key, entry_id, list_name, state, score, "
                                    + "party_name, matched_name, explanation, list_versions, raised_by, opened_at, "
                                    + "updated_at) VALUES (:pk, :eid, :list, 'OPEN', :score, :pn, :mn, :x, :v, :by, "
                                    + ":now, :now)")
                            .bind("pk", hit.partyKey()).bind("eid", hit.entryId()).bind("list", hit.listName())
                            .bind("score", hit.score()).bind("pn", hit.partyName()).bind("mn", hit.matchedName())
                            .bind("x", hit.explanationJson()).bind("v", versions).bind("by", raisedBy)
                            .bind("now", Sql.ts(now))
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                    o.opened().add(get(h, id));
                    continue;
                }
                PartyAlert a = existing.get(0);
                boolean reopen = a.state() == PartyAlert.State.REVIEWED && hit.reopenReviewed();
                boolean changed = reopen || a.score() != hit.score() || !a.explanationJson().equals(hit.explanationJson())
                        || !a.matchedName().equals(hit.matchedName()) || !a.partyName().equals(hit.partyName());
                if (!changed) {
                    continue;
                }
                h.createUpdate("UPDATE party_alert SET state = :state, score = :score, party_name = :pn, "
                                + "matched_name = :mn, explanation = :x, list_versions = :v, updated_at = :now, "
                                + "note = :note WHERE id = :id")
                        .bind("state", reopen ? "OPEN" : a.state().name()).bind("score", hit.score())
                        .bind("pn", hit.partyName()).bind("mn", hit.matchedName()).bind("x", hit.explanationJson())
                        .bind("v", versions).bind("now", Sql.ts(now))
                        .bind("note", reopen ? "opened again: the party or the entry changed since the review" : a.note())
                        .bind("id", a.id()).execute();
                (reopen ? o.reopened() : o.refreshed()).add(get(h, a.id()));
            }
            if (!o.isEmpty()) {
                audit.append(h, auditRecord.apply(o));
            }
            return o;
        });
    }

    /**
     * Applies an officer's decision on a hit to the active alert of that (party key, entry id), if there is one.
     *
     * @param partyKey the party's key
     * @param entryId the entry's id
     * @param state REVIEWED (false positive), CONFIRMED (confirmed match) or OPEN (escalated: stays open)
     * @param note the officer's reason
     * @return the alert after the decision, or empty when the pair has no active alert
     */
    public Optional<PartyAlert> decide(String partyKey, String entryId, PartyAlert.State state, String note) {
        if (state == PartyAlert.State.CLOSED) {
            throw new IllegalArgumentException("a decision does not close an alert");
        }
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            List<PartyAlert> active = active(h, partyKey, entryId);
            if (active.isEmpty()) {
                return Optional.<PartyAlert>empty();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            h.createUpdate("UPDATE party_alert SET state = :state, note = :note, updated_at = :now WHERE id = :id")
                    .bind("state", state.name()).bind("note", note).bind("now", Sql.ts(now))
                    .bind("id", active.get(0).id()).execute();
            return Optional.of(get(h, active.get(0).id()));
        });
    }

    /**
     * @param id alert id
     * @return the alert, if stored
     */
    public Optional<PartyAlert> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM party_alert WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Lists alerts, newest first.
     *
     * @param filter criteria
     * @param page offset and limit
     * @return the page and the number of matching alerts
     */
    public Page<PartyAlert> list(AlertFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        if (filter.state() != null) {
            where.add("state = :state");
        }
        if (filter.list() != null) {
            where.add("(list_name = :list OR entry_id LIKE :prefix)");
        }
        if (filter.partyKey() != null) {
            where.add("party_key = :pk");
        }
        String w = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return jdbi.withHandle(h -> {
            Query count = bind(h.createQuery("SELECT COUNT(*) FROM party_alert" + w), filter);
            Query q = bind(h.createQuery("SELECT " + COLUMNS + " FROM party_alert" + w + " ORDER BY id "
                    + (page.newestFirst() ? "DESC" : "ASC") + " LIMIT :limit OFFSET :offset"), filter);
            long total = count.mapTo(Long.class).one();
            return new Page<>(q.bind("limit", page.limit()).bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs)).list(), total);
        });
    }

    /**
     * @param partyKey the party's key
     * @return its active alerts
     */
    public List<PartyAlert> activeFor(String partyKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM party_alert WHERE party_key = :pk "
                        + "AND state <> 'CLOSED' ORDER BY id").bind("pk", partyKey).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * @param entryIds list entry ids
     * @return the active alerts on those entries
     */
    public List<PartyAlert> activeOn(Collection<String> entryIds) {
        List<PartyAlert> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(entryIds);
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            out.addAll(jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM party_alert WHERE entry_id IN "
                            + "(<ids>) AND state <> 'CLOSED' ORDER BY id").bindList("ids", chunk)
                    .map((rs, ctx) -> map(rs)).list()));
        }
        return out;
    }

    /**
     * The screening state of parties, from their active alerts: CONFIRMED_MATCH over OPEN_ALERT over REVIEWED over
     * CLEAR. Whether a party was screened at all is the caller's to add ({@link PartyRecord#screenedAt()}).
     *
     * @param partyKeys the parties
     * @return the state of each
     */
    public Map<String, ScreeningState> states(Collection<String> partyKeys) {
        Map<String, ScreeningState> out = new HashMap<>();
        partyKeys.forEach(k -> out.put(k, ScreeningState.CLEAR));
        List<String> keys = new ArrayList<>(partyKeys);
        for (int i = 0; i < keys.size(); i += 500) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + 500));
            jdbi.useHandle(h -> h.createQuery("SELECT party_key, state FROM party_alert WHERE party_key IN (<keys>) "
                            + "AND state <> 'CLOSED'").bindList("keys", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), ScreeningState.of(PartyAlert.State.valueOf(rs.getString(2)))))
                    .forEach(e -> out.merge(e.getKey(), e.getValue(), ScreeningState::worse)));
        }
        return out;
    }

    private static Query bind(Query q, AlertFilter f) {
        if (f.state() != null) {
            q.bind("state", f.state().name());
        }
        if (f.list() != null) {
            q.bind("list", f.list()).bind("prefix", f.list().replace("%", "\\%").replace("_", "\\_") + ":%");
        }
        if (f.partyKey() != null) {
            q.bind("pk", f.partyKey());
        }
        return q;
    }

    private static List<PartyAlert> active(Handle h, String partyKey, String entryId) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM party_alert WHERE entry_id = :eid AND state <> 'CLOSED'"
                + (partyKey == null ? "" : " AND party_key = :pk") + " ORDER BY id FOR UPDATE").bind("eid", entryId);
        if (partyKey != null) {
            q.bind("pk", partyKey);
        }
        return q.map((rs, ctx) -> map(rs)).list();
    }

    private static PartyAlert get(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM party_alert WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).one();
    }

    private static PartyAlert map(ResultSet rs) throws SQLException {
        String versions = rs.getString("list_versions");
        return new PartyAlert(rs.getLong("id"), rs.getString("party_key"), rs.getString("entry_id"),
                rs.getString("list_name"), PartyAlert.State.valueOf(rs.getString("state")), rs.getDouble("score"),
                rs.getString("party_name"), rs.getString("matched_name"), rs.getString("explanation"),
                versions == null || versions.isEmpty() ? List.of() : Arrays.asList(versions.split("\n", -1)),
                rs.getString("raised_by"), Sql.instant(rs, "opened_at"), Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "closed_at"), rs.getBoolean("entry_removed"), rs.getString("note"));
    }
}
