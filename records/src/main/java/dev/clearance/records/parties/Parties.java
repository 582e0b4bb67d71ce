package dev.clearance.records.parties;

import dev.clearance.records.Database;
import dev.clearance.records.Names;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The partner master: parties by key, created, updated and deleted one by one or in batches. Every change is audited
 * in the same transaction as the change (the caller words the record, since it knows the principal and request); a
 * batch whose parties are all unchanged stores and audits nothing. A party whose data changed is marked unscreened
 * until it is screened again ({@link #markScreened}).
 */
public final class Parties {
    private static final String COLUMNS = "party_key, name, aliases, country, party_type, dob, identifiers, owner, "
            + "created_at, updated_at, screened_at, screened_lists";

    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param database the records database
     * @param audit the trail changes are appended to
     */
    public Parties(Database database, AuditTrail audit) {
        this(database, audit, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param audit the trail changes are appended to
     * @param clock source of change times
     */
    public Parties(Database database, AuditTrail audit, Clock clock) {
        this.jdbi = database.jdbi();
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates or updates parties by key in one transaction, with one audit record for the changes.
     *
     * @param parties the parties (a key given twice: the last wins)
     * @param auditRecord words the audit record from the changes that are not {@code UNCHANGED}
     * @return one change per party given, in order
     */
    public List<PartyChange> save(List<NewParty> parties, Function<List<PartyChange>, AuditRecord> auditRecord) {
        Objects.requireNonNull(auditRecord, "auditRecord");
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<PartyChange> out = new ArrayList<>(parties.size());
            List<PartyChange> changed = new ArrayList<>();
            for (NewParty p : parties) {
                PartyChange c = save(h, p, now);
                out.add(c);
                if (c.kind() != PartyChange.Kind.UNCHANGED) {
                    changed.add(c);
                }
            }
            if (!changed.isEmpty()) {
                audit.append(h, auditRecord.apply(changed));
            }
            return out;
        });
    }

    private PartyChange save(Handle h, NewParty p, Instant now) {
        Optional<PartyRecord> before = get(h, p.key(), true);
        if (before.isPresent() && p.sameDataAs(before.get())) {
            return new PartyChange(PartyChange.Kind.UNCHANGED, before.get(), before.get());
        }
        String sql = before.isPresent()
                ? "UPDATE party SET name = :name, aliases = :aliases, country = :country, party_type = :type, dob = :dob, "
                        + "identifiers = :ids, owner = :owner, updated_at = :now, screened_at = NULL, screened_lists = NULL "
                        + "WHERE party_key = :key"
                : "INSERT INTO party (" + COLUMNS + ") VALUES (:key, :name, :aliases, :country, :type, :dob, :ids, "
                        + ":owner, :now, :now, NULL, NULL)";
        h.createUpdate(sql)
                .bind("key", p.key())
                .bind("name", p.name())
                .bind("aliases", join(p.aliases()))
                .bind("country", p.country())
                .bind("type", p.type())
                .bind("dob", p.dob())
                .bind("ids", join(p.identifiers()))
                .bind("owner", p.owner())
                .bind("now", Sql.ts(now))
                .execute();
        PartyRecord after = new PartyRecord(p.key(), p.name(), p.aliases(), p.country(), p.type(), p.dob(),
                p.identifiers(), p.owner(), before.map(PartyRecord::createdAt).orElse(now), now, null, List.of());
        return new PartyChange(before.isPresent() ? PartyChange.Kind.UPDATED : PartyChange.Kind.CREATED,
                before.orElse(null), after);
    }

    /**
     * Deletes a party; its active alerts are closed in the same transaction, and the deletion audited.
     *
     * @param key the party's key
     * @param auditRecord words the audit record from the change
     * @return the change, or empty when there is no such party
     */
    public Optional<PartyChange> delete(String key, Function<PartyChange, AuditRecord> auditRecord) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            Optional<PartyRecord> before = get(h, key, true);
            if (before.isEmpty()) {
                return Optional.<PartyChange>empty();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            h.createUpdate("UPDATE party_alert SET state = 'CLOSED', closed_at = :now, updated_at = :now, "
                            + "note = 'party deleted from the partner master' WHERE party_key = :key "
                            + "AND state IN ('OPEN', 'REVIEWED')")
                    .bind("key", key).bind("now", Sql.ts(now)).execute();
            h.createUpdate("DELETE FROM party WHERE party_key = :key").bind("key", key).execute();
            PartyChange c = new PartyChange(PartyChange.Kind.DELETED, before.get(), null);
            audit.append(h, auditRecord.apply(c));
            return Optional.of(c);
        });
    }

    /**
     * @param key the party's key
     * @return the party, if stored
     */
    public Optional<PartyRecord> get(String key) {
        return jdbi.withHandle(h -> get(h, key, false));
    }

    /**
     * The keys of the partner-master parties of this name (compared as decisions compare names), for a party an
     * application or a shipment names without its key.
     *
     * @return their keys, in key order
     */
    public List<String> keysNamed(String name) {
        String normalised = Names.normalise(name);
        if (normalised.isEmpty()) {
            return List.of();
        }
        // LOWER narrows by SQL, the normalised comparison decides (punctuation, spacing, width)
        String first = normalised.split(" ")[0];
        return jdbi.withHandle(h -> h.createQuery("SELECT party_key, name FROM party WHERE LOWER(name) LIKE :w "
                        + "ORDER BY party_key")
                .bind("w", "%" + first.replace("%", "").replace("_", "") + "%")
                .map((rs, ctx) -> Names.normalise(rs.getString("name")).equals(normalised) ? rs.getString(1) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList());
    }

    private static Optional<PartyRecord> get(Handle h, String key, boolean forUpdate) {
        return h.createQuery("SELECT " + COLUMNS + " FROM party WHERE party_key = :key" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("key", key)
                .map((rs, ctx) -> map(rs))
                .findOne();
    }

    /**
     * Lists parties in key order, one page at a time.
     *
     * @param text when not null, only parties whose key or name contains it (case-insensitive)
     * @param page offset and limit
     * @return the page and the number of matching parties
     */
    public Page<PartyRecord> list(String text, PageRequest page) {
        String where = text == null ? "" : " WHERE LOWER(party_key) LIKE :t OR LOWER(name) LIKE :t";
        String pattern = text == null ? null : "%" + text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbi.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM party" + where);
            var q = h.createQuery("SELECT " + COLUMNS + " FROM party" + where + " ORDER BY party_key "
                    + (page.newestFirst() ? "DESC" : "ASC") + " LIMIT :limit OFFSET :offset");
            if (pattern != null) {
                count.bind("t", pattern);
                q.bind("t", pattern);
            }
            long total = count.mapTo(Long.class).one();
            return new Page<>(q.bind("limit", page.limit()).bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs)).list(), total);
        });
    }

    /** @return how many parties the master holds */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM party").mapTo(Long.class).one());
    }

    /**
     * Streams every party (for building the partner index), in key order.
     *
     * @param each called once per party
     */
    public void forEach(Consumer<PartyRecord> each) {
        jdbi.useHandle(h -> {
            try (Stream<PartyRecord> rows = h.createQuery("SELECT " + COLUMNS + " FROM party ORDER BY party_key")
                    .setFetchSize(1000).map((rs, ctx) -> map(rs)).stream()) {
                rows.forEach(each);
            }
        });
    }

    /**
     * @param limit at most this many
     * @return parties whose current data have not been screened yet, in key order
     */
    public List<PartyRecord> unscreened(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM party WHERE screened_at IS NULL "
                        + "ORDER BY party_key LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * Parties not screened against exactly these list versions (never screened, edited since, or screened against
     * other versions), in key order, one page after another.
     *
     * @param lists labels of the list versions in use
     * @param afterKey only keys after this one (null: from the first)
     * @param limit at most this many
     * @return the page
     */
    public List<PartyRecord> needingScreening(List<String> lists, String afterKey, int limit) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT " + COLUMNS + " FROM party WHERE (screened_at IS NULL OR screened_lists IS NULL "
                    + "OR screened_lists <> :lists)" + (afterKey == null ? "" : " AND party_key > :after")
                    + " ORDER BY party_key LIMIT :limit").bind("lists", labelSet(lists)).bind("limit", limit);
            if (afterKey != null) {
                q.bind("after", afterKey);
            }
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    /**
     * Records that parties were screened against list versions, unless their data changed since (their update time
     * moved past {@code dataAsOf}: then they stay unscreened).
     *
     * @param keys the parties screened
     * @param dataAsOf the update time of the data screened, per key (same order as {@code keys})
     * @param lists labels of the list versions screened against
     */
    public void markScreened(List<String> keys, List<Instant> dataAsOf, List<String> lists) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String labels = labelSet(lists);
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("UPDATE party SET screened_at = :now, screened_lists = :lists "
                    + "WHERE party_key = :key AND updated_at = :asOf");
            for (int i = 0; i < keys.size(); i++) {
                batch.bind("now", Sql.ts(now)).bind("lists", labels).bind("key", keys.get(i))
                        .bind("asOf", Sql.ts(dataAsOf.get(i))).add();
            }
            if (!keys.isEmpty()) {
                batch.execute();
            }
        });
    }

    /**
     * Moves the parties screened against the previous list versions on to the new ones, once a delta re-screening
     * covered the change between them. Parties screened against anything else stay as they are.
     *
     * @param previous labels of the list versions before the change
     * @param lists labels of the list versions now
     * @return parties updated
     */
    public int markAllScreened(List<String> previous, List<String> lists) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.withHandle(h -> h.createUpdate("UPDATE party SET screened_at = :now, screened_lists = :lists "
                        + "WHERE screened_at IS NOT NULL AND screened_lists = :previous")
                .bind("now", Sql.ts(now)).bind("lists", labelSet(lists))
                .bind("previous", labelSet(previous)).execute());
    }

    /**
     * Moves parties on from one version of a list to the next, once a delta re-screening covered the change: in every
     * screened party's list versions, {@code previous} becomes {@code version}; when {@code previous} is null (a list's
     * first version, screened whole), {@code version} is added to the parties screened against no version of that list.
     *
     * @param listName the list
     * @param previous label of the version replaced, or null
     * @param version label of the new version
     * @return parties updated
     */
    public int moveScreened(String listName, String previous, String version) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            // Parties share a handful of distinct version sets: rewrite each set once.
            List<String> sets = h.createQuery("SELECT DISTINCT screened_lists FROM party WHERE screened_at IS NOT NULL "
                    + "AND screened_lists IS NOT NULL").mapTo(String.class).list();
            int updated = 0;
            for (String set : sets) {
                List<String> labels = new ArrayList<>(split(set));
                if (previous != null) {
                    if (!labels.remove(previous)) {
                        continue;
                    }
                } else if (labels.stream().anyMatch(l -> l.startsWith(listName + "@"))) {
                    continue;
                }
                labels.add(version);
                updated += h.createUpdate("UPDATE party SET screened_at = :now, screened_lists = :lists "
                                + "WHERE screened_lists = :set")
                        .bind("now", Sql.ts(now)).bind("lists", labelSet(labels)).bind("set", set).execute();
            }
            return updated;
        });
    }

    /** List-version labels as stored: sorted, so that the same versions always compare equal. */
    static String labelSet(List<String> labels) {
        return String.join("\n", labels.stream().sorted().toList());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n", -1));
    }

    private static PartyRecord map(ResultSet rs) throws SQLException {
        return new PartyRecord(rs.getString("party_key"), rs.getString("name"), split(rs.getString("aliases")),
                rs.getString("country"), rs.getString("party_type"), rs.getString("dob"),
                split(rs.getString("identifiers")), rs.getString("owner"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), Sql.instant(rs, "screened_at"), split(rs.getString("screened_lists")));
    }
}
