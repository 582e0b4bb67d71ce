package dev.clearance.records.licences;

import dev.clearance.records.Database;
import dev.clearance.records.Names;
import dev.clearance.records.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Licences the company holds, which shipments they cover, and drawdowns against their quantity and value limits.
 *
 * <p>Drawdowns lock the licence row ({@code SELECT ... FOR UPDATE}), re-check coverage, then apply a conditional
 * UPDATE; CHECK constraints on the table make an overdraw impossible even for a buggy writer.
 *
 * <p>This class does not write the audit trail: the caller (the service) appends {@link dev.clearance.records.audit.AuditAction#LICENCE_REGISTERED}
 * and {@link dev.clearance.records.audit.AuditAction#LICENCE_DRAWDOWN} records with the request context it has (principal, inputs, outputs).
 */
public final class Licences {

    private static final String LICENCE_COLUMNS = "id, jurisdiction, licence_type, licence_number, holder, "
            + "quantity_limit, value_limit, currency, quantity_used, value_used, valid_from, valid_to, registered_at, "
            + "registered_by, determination_audit_seq, determination_source";

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public Licences(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of registration and recording times
     */
    public Licences(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers a licence that rests on no determination (recorded as such, shown as such).
     *
     * @see #register(NewLicence, DeterminationLink, String)
     */
    public Licence register(NewLicence licence, String registeredBy) {
        return register(licence, DeterminationLink.none(), registeredBy);
    }

    /**
     * Registers a licence with the determination it rests on.
     *
     * @param licence the licence
     * @param determination the determination's audit record, or {@link DeterminationLink#none()}
     * @param registeredBy who registers it
     * @return the stored licence
     * @throws DuplicateLicenceException if the jurisdiction already has a licence with that number
     * @throws dev.clearance.input.BadRequestException (field {@code determinationAuditSeq}) when the link names no
     *     determination's audit record
     */
    public Licence register(NewLicence licence, DeterminationLink determination, String registeredBy) {
        Objects.requireNonNull(registeredBy, "registeredBy");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            long id = jdbi.inTransaction(h -> insert(h, licence, determination, registeredBy, now));
            return get(id).orElseThrow();
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new DuplicateLicenceException("licence " + licence.jurisdiction() + " " + licence.number()
                        + " is already registered", e);
            }
            throw e;
        }
    }

    /**
     * Inserts a licence inside the caller's transaction (an approved application registers its licence and its
     * decision together).
     *
     * @return the new licence's id
     */
    public static long insert(Handle h, NewLicence licence, DeterminationLink determination, String registeredBy,
            Instant now) {
        Determinations.check(h, determination);
        long newId = h.createUpdate("INSERT INTO licence (jurisdiction, licence_type, licence_number, holder, "
                        + "quantity_limit, value_limit, currency, valid_from, valid_to, registered_at, "
                        + "registered_by, determination_audit_seq, determination_source) VALUES (:jurisdiction, "
                        + ":type, :number, :holder, :ql, :vl, :currency, :from, :to, :at, :by, :detSeq, :detSource)")
                .bind("detSeq", determination.auditSeq())
                .bind("detSource", determination.source().name())
                .bind("jurisdiction", licence.jurisdiction().trim().toUpperCase(Locale.ROOT))
                .bind("type", licence.type())
                .bind("number", licence.number().trim())
                .bind("holder", licence.holder())
                .bind("ql", licence.quantityLimit())
                .bind("vl", licence.valueLimit())
                .bind("currency", licence.currency())
                .bind("from", Sql.date(licence.validFrom()))
                .bind("to", Sql.date(licence.validTo()))
                .bind("at", Sql.ts(now))
                .bind("by", registeredBy)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (String e : licence.entries()) {
            h.createUpdate("INSERT INTO licence_entry (licence_id, entry_code) VALUES (:id, :code)")
                    .bind("id", newId).bind("code", Names.entryCode(e)).execute();
        }
        for (String d : licence.destinations()) {
            h.createUpdate("INSERT INTO licence_destination (licence_id, country) VALUES (:id, :c)")
                    .bind("id", newId).bind("c", Names.country(d)).execute();
        }
        Set<String> keys = new HashSet<>();
        for (String c : licence.consignees()) {
            String key = Names.normalise(c);
            if (keys.add(key)) {
                h.createUpdate("INSERT INTO licence_consignee (licence_id, name_key, name) VALUES (:id, :k, :n)")
                        .bind("id", newId).bind("k", key).bind("n", c.trim()).execute();
            }
        }
        return newId;
    }

    /**
     * @param id licence id
     * @return the licence, if registered
     */
    public Optional<Licence> get(long id) {
        return jdbi.withHandle(h -> load(h, "WHERE id = :id", Map.of("id", id), false).stream().findFirst());
    }

    /** @return every licence, ordered by jurisdiction and number */
    public List<Licence> list() {
        return jdbi.withHandle(h -> load(h, "ORDER BY jurisdiction, licence_number", Map.of(), false));
    }

    /**
     * Checks every licence of the shipment's jurisdiction against a shipment.
     *
     * @param shipment the export
     * @return one entry per licence of that jurisdiction: covering licences first (empty refusals), then the others
     *     with every reason they do not cover it
     */
    public List<LicenceCoverage> findCovering(ShipmentRequest shipment) {
        List<Licence> candidates = jdbi.withHandle(h -> load(h, "WHERE jurisdiction = :j ORDER BY licence_number",
                Map.of("j", shipment.jurisdiction().trim().toUpperCase(Locale.ROOT)), false));
        List<LicenceCoverage> out = new ArrayList<>();
        for (Licence l : candidates) {
            out.add(new LicenceCoverage(l, l.refusals(shipment)));
        }
        out.sort(Comparator.comparing((LicenceCoverage c) -> !c.covers()));
        return out;
    }

    /**
     * Records a shipment against a licence and reduces what remains of it, atomically; refuses (recording nothing)
     * when the licence does not cover the shipment or has too little quantity or value left.
     *
     * @param licenceId licence to draw down
     * @param shipment the export
     * @param recordedBy who records it
     * @return accepted with the shipment id and updated licence, or refused with reasons
     */
    public Drawdown drawDown(long licenceId, ShipmentRequest shipment, String recordedBy) {
        return drawDown(licenceId, shipment, recordedBy, null, (h, d) -> { });
    }

    /**
     * Same as {@link #drawDown(long, ShipmentRequest, String)}, running {@code alsoInTransaction} (e.g. the audit
     * record of the drawdown, {@link dev.clearance.records.audit.AuditTrail#append(Handle, AuditRecord)}) in the same transaction, so the
     * shipment and its record commit together or not at all.
     *
     * @param licenceId licence id
     * @param shipment the export
     * @param recordedBy who records it
     * @param determinationSeq the audit record of the determination the shipment rests on, as the caller names it;
     *     null to take the determination of the application the licence was approved on, or rest on none
     * @param alsoInTransaction called with the open transaction and the outcome, accepted or refused
     * @return accepted with the shipment id and updated licence, or refused with reasons
     * @throws dev.clearance.input.BadRequestException (field {@code determinationAuditSeq}) when the given seq
     *     names no determination's audit record
     */
    public Drawdown drawDown(long licenceId, ShipmentRequest shipment, String recordedBy, Long determinationSeq,
            BiConsumer<Handle, Drawdown> alsoInTransaction) {
        Objects.requireNonNull(alsoInTransaction, "alsoInTransaction");
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            DeterminationLink link = determinationSeq != null ? DeterminationLink.given(determinationSeq)
                    : DeterminationLink.fromApplication(Determinations.ofApplicationFor(h, licenceId));
            Determinations.check(h, link);
            Drawdown d = drawDown(h, licenceId, shipment, recordedBy, link);
            alsoInTransaction.accept(h, d);
            return d;
        });
    }

    private Drawdown drawDown(Handle h, long licenceId, ShipmentRequest shipment, String recordedBy,
            DeterminationLink link) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        {
            List<Licence> locked = load(h, "WHERE id = :id", Map.of("id", licenceId), true);
            if (locked.isEmpty()) {
                return new Drawdown(false, null, null,
                        List.of(new Refusal(Refusal.Reason.NO_SUCH_LICENCE, "no licence " + licenceId)), null);
            }
            Licence licence = locked.get(0);
            List<Refusal> refusals = licence.refusals(shipment);
            if (!refusals.isEmpty()) {
                return new Drawdown(false, null, licence, refusals, link);
            }
            int updated = h.createUpdate("UPDATE licence SET quantity_used = quantity_used + :q, "
                            + "value_used = value_used + :v WHERE id = :id "
                            + "AND (quantity_limit IS NULL OR quantity_used + :q <= quantity_limit) "
                            + "AND (value_limit IS NULL OR value_used + :v <= value_limit)")
                    .bind("q", shipment.quantity())
                    .bind("v", shipment.value())
                    .bind("id", licenceId)
                    .execute();
            if (updated != 1) {
                // Cannot happen while the row lock is held; kept as a second guard.
                return new Drawdown(false, null, licence,
                        List.of(new Refusal(Refusal.Reason.QUANTITY_EXHAUSTED, "limit reached concurrently")), link);
            }
            long shipmentId = h.createUpdate("INSERT INTO licence_shipment (licence_id, reference, entry_code, "
                            + "destination, consignee, quantity, ship_value, ship_date, recorded_at, recorded_by, "
                            + "determination_audit_seq, determination_source) "
                            + "VALUES (:lid, :ref, :entry, :dest, :consignee, :q, :v, :date, :at, :by, :detSeq, "
                            + ":detSource)")
                    .bind("detSeq", link.auditSeq())
                    .bind("detSource", link.source().name())
                    .bind("lid", licenceId)
                    .bind("ref", shipment.reference())
                    .bind("entry", Names.entryCode(shipment.entryCode()))
                    .bind("dest", shipment.destination())
                    .bind("consignee", shipment.consignee())
                    .bind("q", shipment.quantity())
                    .bind("v", shipment.value())
                    .bind("date", Sql.date(shipment.date()))
                    .bind("at", Sql.ts(now))
                    .bind("by", recordedBy)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            Licence after = load(h, "WHERE id = :id", Map.of("id", licenceId), false).get(0);
            return new Drawdown(true, shipmentId, after, List.of(), link);
        }
    }

    /**
     * @param licenceId licence id
     * @return shipments recorded against it, oldest first
     */
    public List<Shipment> shipments(long licenceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM licence_shipment WHERE licence_id = :id ORDER BY id")
                .bind("id", licenceId)
                .map((rs, ctx) -> new Shipment(rs.getLong("id"), rs.getLong("licence_id"), rs.getString("reference"),
                        rs.getString("entry_code"), rs.getString("destination"), rs.getString("consignee"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("ship_value"), Sql.localDate(rs, "ship_date"),
                        Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"),
                        DeterminationLink.read(Sql.nullableLong(rs, "determination_audit_seq"),
                                rs.getString("determination_source"))))
                .list());
    }

    /**
     * Licences whose last valid day falls within {@code days} days of {@code asOf} (inclusive at both ends);
     * already expired and open-ended licences are not included.
     *
     * @param days window length in days, at least 0
     * @param asOf the day to count from
     * @return matching licences, soonest expiry first
     */
    public List<Licence> expiringWithin(int days, LocalDate asOf) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0");
        }
        return jdbi.withHandle(h -> load(h, "WHERE valid_to >= :start AND valid_to <= :end "
                        + "ORDER BY valid_to, licence_number",
                Map.of("start", asOf, "end", asOf.plusDays(days)), false));
    }

    private static List<Licence> load(Handle h, String tail, Map<String, Object> params, boolean forUpdate) {
        var query = h.createQuery("SELECT " + LICENCE_COLUMNS + " FROM licence " + tail
                + (forUpdate ? " FOR UPDATE" : ""));
        params.forEach((k, v) -> {
            if (v instanceof LocalDate d) {
                query.bind(k, Sql.date(d));
            } else {
                query.bind(k, v);
            }
        });
        List<Row> rows = query.map((rs, ctx) -> Row.of(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> entries = children(h, "SELECT licence_id, entry_code FROM licence_entry", rows);
        Map<Long, Set<String>> dests = children(h, "SELECT licence_id, country FROM licence_destination", rows);
        Map<Long, Set<String>> consignees = children(h, "SELECT licence_id, name FROM licence_consignee", rows);
        List<Licence> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Licence(r.id, r.jurisdiction, r.type, r.number, r.holder,
                    entries.getOrDefault(r.id, Set.of()), dests.getOrDefault(r.id, Set.of()),
                    consignees.getOrDefault(r.id, Set.of()), r.quantityLimit, r.valueLimit, r.currency,
                    r.quantityUsed, r.valueUsed, r.validFrom, r.validTo, r.registeredAt, r.registeredBy,
                    r.determination));
        }
        return out;
    }

    private static Map<Long, Set<String>> children(Handle h, String select, List<Row> rows) {
        Map<Long, Set<String>> out = new HashMap<>();
        h.createQuery(select + " WHERE licence_id IN (<ids>)")
                .bindList("ids", rows.stream().map(r -> r.id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return out;
    }

    private record Row(long id, String jurisdiction, String type, String number, String holder,
            java.math.BigDecimal quantityLimit, java.math.BigDecimal valueLimit, String currency,
            java.math.BigDecimal quantityUsed, java.math.BigDecimal valueUsed, LocalDate validFrom,
            LocalDate validTo, Instant registeredAt, String registeredBy, DeterminationLink determination) {
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getString("jurisdiction"), rs.getString("licence_type"),
                    rs.getString("licence_number"), rs.getString("holder"), rs.getBigDecimal("quantity_limit"),
                    rs.getBigDecimal("value_limit"), rs.getString("currency"), rs.getBigDecimal("quantity_used"),
                    rs.getBigDecimal("value_used"), Sql.localDate(rs, "valid_from"), Sql.localDate(rs, "valid_to"),
                    Sql.instant(rs, "registered_at"), rs.getString("registered_by"),
                    DeterminationLink.read(Sql.nullableLong(rs, "determination_audit_seq"),
                            rs.getString("determination_source")));
        }
    }
}
