package dev.clearance.records.decisions;

import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.Database;
import dev.clearance.records.Names;
import dev.clearance.records.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Officers' decisions on screening hits. Decisions are never updated: the latest decision on a (party, list entry)
 * pair stands and the older ones stay as history.
 *
 * <p>A decision applies to its own party only: one made with a party key to screenings with that key, one made on a
 * party record without a key to screenings without a key of a record with the same fingerprint. A false positive
 * stands only while both the party data and the list entry data are unchanged (same fingerprints); with four eyes on,
 * only once a second, different officer confirmed it. A confirmed match blocks its party whatever changes later.
 */
public final class HitDecisions {
    private static final String SELECT = "SELECT d.id, d.kind, d.party_key, d.party_fingerprint, d.party_name, "
            + "d.party_record, d.entry_id, d.entry_fingerprint, d.reason, d.officer, d.reviewed_at, "
            + "d.needs_confirmation, c.officer AS c_officer, c.reason AS c_reason, c.confirmed_at AS c_at "
            + "FROM reviewed_hit d LEFT JOIN decision_confirmation c ON c.decision_id = d.id ";

    private final Jdbi jdbi;
    private final Clock clock;
    private final boolean fourEyes;

    /** @param database the records database (four eyes off) */
    public HitDecisions(Database database) {
        this(database, Clock.systemUTC(), false);
    }

    /**
     * @param database the records database
     * @param clock source of decision times
     * @param fourEyes whether a false positive suppresses alerts only once a second officer confirmed it
     */
    public HitDecisions(Database database, Clock clock, boolean fourEyes) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fourEyes = fourEyes;
    }

    /** @return whether false positives need a second officer */
    public boolean fourEyes() {
        return fourEyes;
    }

    /**
     * Records a decision.
     *
     * @param kind what was decided
     * @param party the party it is about
     * @param entryId the list entry id
     * @param entryFingerprint fingerprint of the entry data decided on
     * @param reason why (required, not blank)
     * @param officer who decided
     * @return the stored decision
     * @throws IllegalArgumentException without a reason
     */
    public HitDecision decide(DecisionKind kind, PartyRef party, String entryId, String entryFingerprint,
            String reason, String officer) {
        return decide(kind, party, entryId, entryFingerprint, reason, officer, (h, d) -> { });
    }

    /**
     * Records a decision, running {@code alsoInTransaction} (e.g. its audit record,
     * {@link dev.clearance.records.audit.AuditTrail#append(Handle, AuditRecord)}) in the same transaction: both are stored, or neither.
     *
     * @param kind what was decided
     * @param party the party it is about
     * @param entryId the list entry id
     * @param entryFingerprint fingerprint of the entry data decided on
     * @param reason why (required, not blank)
     * @param officer who decided
     * @param alsoInTransaction called with the open transaction and the decision
     * @return the stored decision
     */
    public HitDecision decide(DecisionKind kind, PartyRef party, String entryId, String entryFingerprint,
            String reason, String officer, BiConsumer<Handle, HitDecision> alsoInTransaction) {
        return decide(kind, party, entryId, entryFingerprint, reason, officer, null, alsoInTransaction);
    }

    /**
     * As {@link #decide(DecisionKind, PartyRef, String, String, String, String, BiConsumer)}, once per request: when
     * a decision was already recorded for {@code requestId} (the request retried, on this server or another), that
     * decision is returned and nothing is recorded, {@code alsoInTransaction} not called. The database's
     * uniqueness of the request id decides between two tries at once.
     *
     * @param requestId the request's id, or null
     */
    public HitDecision decide(DecisionKind kind, PartyRef party, String entryId, String entryFingerprint,
            String reason, String officer, String requestId, BiConsumer<Handle, HitDecision> alsoInTransaction) {
        if (requestId != null) {
            Optional<HitDecision> earlier = byRequest(requestId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return insert(kind, party, entryId, entryFingerprint, reason, officer, requestId, alsoInTransaction);
        } catch (RuntimeException e) {
            if (requestId != null && Sql.isUniqueViolation(e)) {
                Optional<HitDecision> earlier = byRequest(requestId);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            throw e;
        }
    }

    /** @return the decision recorded for a request, if any */
    public Optional<HitDecision> byRequest(String requestId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM reviewed_hit WHERE request_id = :r")
                .bind("r", requestId).mapTo(Long.class).findOne()).flatMap(this::get);
    }

    private HitDecision insert(DecisionKind kind, PartyRef party, String entryId, String entryFingerprint,
            String reason, String officer, String requestId, BiConsumer<Handle, HitDecision> alsoInTransaction) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryFingerprint, "entryFingerprint");
        Objects.requireNonNull(officer, "officer");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean needsConfirmation = fourEyes && kind == DecisionKind.FALSE_POSITIVE;
        String name = Names.normalise(party.name());
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO reviewed_hit (kind, party_key, party_fingerprint, "
                            + "party_name, party_record, entry_id, entry_fingerprint, reason, officer, reviewed_at, "
                            + "needs_confirmation, request_id) VALUES (:kind, :pk, :pf, :name, :record, :eid, :ef, "
                            + ":reason, :officer, :at, :nc, :request)")
                    .bind("kind", kind.name())
                    .bind("pk", party.key())
                    .bind("pf", party.fingerprint())
                    .bind("name", name)
                    .bind("record", party.recordJson())
                    .bind("eid", entryId)
                    .bind("ef", entryFingerprint)
                    .bind("reason", reason)
                    .bind("officer", officer)
                    .bind("at", Sql.ts(now))
                    .bind("nc", needsConfirmation)
                    .bind("request", requestId)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            HitDecision d = new HitDecision(id, kind, party.key(), party.fingerprint(), name, party.recordJson(),
                    entryId, entryFingerprint, reason, officer, now, needsConfirmation, null);
            alsoInTransaction.accept(h, d);
            return d;
        });
    }

    /**
     * A second officer confirms a false positive (four eyes).
     *
     * @param id the decision
     * @param officer the confirming officer (not the one who decided)
     * @param note optional note
     * @return the decision with its confirmation
     * @throws FourEyesRefusedException naming why it cannot be confirmed
     */
    public HitDecision confirm(long id, String officer, String note) {
        return confirm(id, officer, note, (h, d) -> { });
    }

    /**
     * Same as {@link #confirm(long, String, String)}, running {@code alsoInTransaction} (e.g. the audit record) in
     * the same transaction.
     *
     * @param id the decision
     * @param officer the confirming officer
     * @param note optional note
     * @param alsoInTransaction called with the open transaction and the confirmed decision
     * @return the decision with its confirmation
     */
    public HitDecision confirm(long id, String officer, String note, BiConsumer<Handle, HitDecision> alsoInTransaction) {
        Objects.requireNonNull(officer, "officer");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return jdbi.inTransaction(h -> {
                HitDecision d = h.createQuery("SELECT id FROM reviewed_hit WHERE id = :id FOR UPDATE")
                        .bind("id", id).mapTo(Long.class).findOne()
                        .flatMap(x -> find(h, id))
                        .orElseThrow(() -> refused(FourEyesRefusedException.Reason.NOT_FOUND,
                                "no decision " + id));
                if (d.kind() != DecisionKind.FALSE_POSITIVE || !(d.needsConfirmation() || fourEyes)) {
                    throw refused(FourEyesRefusedException.Reason.NOT_CONFIRMABLE,
                            "decision " + id + " is a " + d.kind() + " that needs no second officer");
                }
                if (d.confirmation() != null) {
                    throw refused(FourEyesRefusedException.Reason.ALREADY_CONFIRMED,
                            "decision " + id + " was confirmed by " + d.confirmation().officer());
                }
                if (d.officer().equals(officer)) {
                    throw refused(FourEyesRefusedException.Reason.SAME_OFFICER,
                            "decision " + id + " needs a second officer: " + officer + " made it");
                }
                String text = note == null || note.isBlank() ? null : note;
                h.createUpdate("INSERT INTO decision_confirmation (decision_id, officer, reason, confirmed_at) "
                                + "VALUES (:id, :officer, :reason, :at)")
                        .bind("id", id).bind("officer", officer).bind("reason", text).bind("at", Sql.ts(now))
                        .execute();
                HitDecision confirmed = d.withConfirmation(new HitDecision.Confirmation(officer, text, now));
                alsoInTransaction.accept(h, confirmed);
                return confirmed;
            });
        } catch (RuntimeException e) {
            if (!(e instanceof FourEyesRefusedException) && Sql.isUniqueViolation(e)) {
                throw refused(FourEyesRefusedException.Reason.ALREADY_CONFIRMED,
                        "decision " + id + " was confirmed already");
            }
            throw e;
        }
    }

    /**
     * @param id decision id
     * @return the decision with its confirmation, if stored
     */
    public Optional<HitDecision> get(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<HitDecision> find(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE d.id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne();
    }

    /**
     * The decisions standing for one party, with one query, to look up each hit of a screening.
     *
     * @param partyKey the party's key, or null for a party known by its data only
     * @param partyFingerprint fingerprint of the party data now
     * @return the standing decisions
     */
    public Standing standing(String partyKey, String partyFingerprint) {
        List<HitDecision> all = forParty(partyKey, partyFingerprint, null);
        Map<String, HitDecision> latest = new LinkedHashMap<>();
        for (HitDecision d : all) {
            latest.putIfAbsent(d.entryId(), d);
        }
        return new Standing(latest, partyFingerprint, fourEyes);
    }

    /**
     * The decisions standing for many keyed parties at once (one query per 500 distinct keys), for batch screening:
     * the same as {@link #standing} for each.
     *
     * @param partyKeys the parties' keys, one per party (a key may repeat)
     * @param partyFingerprints fingerprint of each party's data now, in the same order
     * @return each party's standing decisions, in the same order
     */
    public List<Standing> standings(List<String> partyKeys, List<String> partyFingerprints) {
        if (partyKeys.size() != partyFingerprints.size()) {
            throw new IllegalArgumentException("one fingerprint per party key");
        }
        Map<String, Map<String, HitDecision>> byKey = new java.util.HashMap<>();
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(partyKeys));
        for (int i = 0; i < distinct.size(); i += 500) {
            List<String> chunk = distinct.subList(i, Math.min(distinct.size(), i + 500));
            jdbi.useHandle(h -> h.createQuery(SELECT + "WHERE d.party_key IN (<keys>) ORDER BY d.id DESC")
                    .bindList("keys", chunk)
                    .map((rs, ctx) -> map(rs))
                    .forEach(d -> byKey.computeIfAbsent(d.partyKey(), k -> new LinkedHashMap<>())
                            .putIfAbsent(d.entryId(), d)));
        }
        List<Standing> out = new ArrayList<>(partyKeys.size());
        for (int i = 0; i < partyKeys.size(); i++) {
            out.add(new Standing(byKey.getOrDefault(Objects.requireNonNull(partyKeys.get(i), "party key"), Map.of()),
                    partyFingerprints.get(i), fourEyes));
        }
        return out;
    }

    /**
     * Status of one hit: shorthand for {@code standing(partyKey, partyFingerprint).status(entryId, entryFingerprint)}.
     *
     * @param partyKey the party's key, or null
     * @param partyFingerprint fingerprint of the party data now
     * @param entryId the list entry id
     * @param entryFingerprint fingerprint of the entry data now
     * @return the status
     */
    public ReviewStatus status(String partyKey, String partyFingerprint, String entryId, String entryFingerprint) {
        return standing(partyKey, partyFingerprint).status(entryId, entryFingerprint);
    }

    /**
     * Confirmed matches that block an export's end user: those of the party with this key, and those of any party
     * decided on under this name (a block errs towards stopping an export, never towards letting it through).
     *
     * @param partyKey the end user's key, or null
     * @param name the end user's name as given
     * @return the standing confirmed matches, newest first
     */
    public List<HitDecision> confirmedMatches(String partyKey, String name) {
        String normalised = Names.normalise(name);
        List<HitDecision> all = jdbi.withHandle(h -> {
            Query q = h.createQuery(SELECT + "WHERE d.party_name = :name"
                    + (partyKey == null ? "" : " OR d.party_key = :pk") + " ORDER BY d.id DESC")
                    .bind("name", normalised);
            if (partyKey != null) {
                q.bind("pk", partyKey);
            }
            return q.map((rs, ctx) -> map(rs)).list();
        });
        // The latest decision per (party, entry) stands: a confirmed match later found false no longer blocks.
        Map<String, HitDecision> latest = new LinkedHashMap<>();
        for (HitDecision d : all) {
            String party = d.partyKey() != null ? "key:" + d.partyKey() : "fp:" + d.partyFingerprint();
            latest.putIfAbsent(party + "\n" + d.entryId(), d);
        }
        return latest.values().stream().filter(d -> d.kind() == DecisionKind.CONFIRMED_MATCH).toList();
    }

    /**
     * The decision history of a party, or of one of its hits.
     *
     * @param partyKey the party's key, or null for a party known by its data only
     * @param partyFingerprint the party's fingerprint (used when there is no key)
     * @param entryId a list entry id, or null for every entry
     * @return every decision, newest first
     */
    public List<HitDecision> history(String partyKey, String partyFingerprint, String entryId) {
        return forParty(partyKey, partyFingerprint, entryId);
    }

    private List<HitDecision> forParty(String partyKey, String partyFingerprint, String entryId) {
        if (partyKey == null && partyFingerprint == null) {
            throw new IllegalArgumentException("a party key or a party fingerprint is needed");
        }
        String where = partyKey != null ? "WHERE d.party_key = :pk" : "WHERE d.party_key IS NULL AND d.party_fingerprint = :pf";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(SELECT + where + (entryId == null ? "" : " AND d.entry_id = :eid")
                    + " ORDER BY d.id DESC");
            if (partyKey != null) {
                q.bind("pk", partyKey);
            } else {
                q.bind("pf", partyFingerprint);
            }
            if (entryId != null) {
                q.bind("eid", entryId);
            }
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    private static HitDecision map(ResultSet rs) throws SQLException {
        String confirmedBy = rs.getString("c_officer");
        HitDecision.Confirmation c = confirmedBy == null ? null
                : new HitDecision.Confirmation(confirmedBy, rs.getString("c_reason"), Sql.instant(rs, "c_at"));
        return new HitDecision(rs.getLong("id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("party_key"), rs.getString("party_fingerprint"), rs.getString("party_name"),
                rs.getString("party_record"), rs.getString("entry_id"), rs.getString("entry_fingerprint"),
                rs.getString("reason"), rs.getString("officer"), Sql.instant(rs, "reviewed_at"),
                rs.getBoolean("needs_confirmation"), c);
    }

    /** The latest decision per list entry for one party, read once per screening. */
    public static final class Standing {
        private final Map<String, HitDecision> latest;
        private final String partyFingerprint;
        private final boolean fourEyes;

        Standing(Map<String, HitDecision> latest, String partyFingerprint, boolean fourEyes) {
            this.latest = latest;
            this.partyFingerprint = partyFingerprint;
            this.fourEyes = fourEyes;
        }

        /**
         * @param entryId the list entry id of a hit
         * @param entryFingerprint fingerprint of the entry data now
         * @return the hit's status
         */
        public ReviewStatus status(String entryId, String entryFingerprint) {
            HitDecision d = latest.get(entryId);
            if (d == null) {
                return ReviewStatus.NONE;
            }
            return switch (d.kind()) {
                case CONFIRMED_MATCH -> new ReviewStatus(ReviewStatus.State.CONFIRMED_MATCH, d, false, false);
                case ESCALATED -> new ReviewStatus(ReviewStatus.State.ESCALATED, d, false, false);
                case FALSE_POSITIVE -> {
                    boolean partyChanged = !d.partyFingerprint().equals(partyFingerprint);
                    boolean entryChanged = !d.entryFingerprint().equals(entryFingerprint);
                    if (partyChanged || entryChanged) {
                        yield new ReviewStatus(ReviewStatus.State.STALE, d, partyChanged, entryChanged);
                    }
                    boolean waiting = (d.needsConfirmation() || fourEyes) && d.confirmation() == null;
                    yield new ReviewStatus(waiting ? ReviewStatus.State.PENDING_CONFIRMATION
                            : ReviewStatus.State.REVIEWED, d, false, false);
                }
            };
        }

        /** @return the party's standing confirmed matches (it is blocked when there is any), newest first */
        public List<HitDecision> confirmedMatches() {
            List<HitDecision> out = new ArrayList<>();
            latest.values().forEach(d -> {
                if (d.kind() == DecisionKind.CONFIRMED_MATCH) {
                    out.add(d);
                }
            });
            return out;
        }
    }

    /** @return the refusal of a four-eyes step on a decision on a hit */
    private static FourEyesRefusedException refused(FourEyesRefusedException.Reason reason, String message) {
        return new FourEyesRefusedException(FourEyesRefusedException.Subject.DECISION, reason, message);
    }
}
