package dev.clearance.records.product;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.Page;
import dev.clearance.records.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The product master's store. Every change (a product saved, a classification proposed or approved, a re-check
 * run) is written together with its audit record, in one transaction: there is no change without its record.
 * Four eyes always: the officer who proposed a classification cannot approve it (also a database constraint).
 */
public final class ProductMaster {
    private static final String PRODUCT = "product_key, description, parameters, cas, version, created_at, "
            + "changed_by, changed_at";
    private static final String CLASSIFICATION = "id, product_key, regime, entry, status, reason, source, outcome, "
            + "corpus_version, regime_version, product_version, proposed_by, proposed_at, approved_by, approve_reason, "
            + "approved_at, in_force_from, in_force_to";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*");
    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param database the records database
     * @param audit    the chain every change is appended to
     */
    public ProductMaster(Database database, AuditTrail audit) {
        this(database, audit, Clock.systemUTC());
    }

    public ProductMaster(Database database, AuditTrail audit, Clock clock) {
        this.jdbi = database.jdbi();
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a save did. */
    public enum Saved { CREATED, CHANGED, UNCHANGED }

    /** A product as saved, and what the save did. */
    public record SaveResult(Product product, Saved saved) {
    }

    /**
     * Creates the product or stores its new version (the earlier one stays in the history); an identical save
     * changes nothing and records nothing.
     *
     * @throws ProductRefusedException INVALID naming the field; CREATED_CONCURRENTLY naming the key when another save
     *                                 created the same product at the same moment
     */
    public SaveResult save(ProductDraft draft, String who) {
        check(draft);
        try {
            return store(draft, who);
        } catch (RuntimeException e) {
            // two first saves of one key both found no product; the key's unique constraint (SQLState 23505) let one
            // in; H2 may instead report the concurrent update (90131) or time out waiting for the other's lock
            if ((Sql.concurrentWrite(e) || Sql.lockTimeout(e)) && get(draft.key()).isPresent()) {
                throw new ProductRefusedException(ProductRefusedException.Reason.CREATED_CONCURRENTLY, "key", "product "
                        + draft.key() + " was created by another save at the same moment; read it and save again");
            }
            throw e;
        }
    }

    private SaveResult store(ProductDraft draft, String who) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Optional<Product> old = load(h, draft.key(), true);
            if (old.isPresent() && draft.sameAs(old.get())) {
                return new SaveResult(old.get(), Saved.UNCHANGED);
            }
            int version = old.map(p -> p.version() + 1).orElse(1);
            if (old.isEmpty()) {
                h.createUpdate("INSERT INTO product (" + PRODUCT + ") VALUES (:key, :description, :parameters, :cas, "
                                + ":version, :now, :who, :now)")
                        .bindMap(fields(draft)).bind("version", version).bind("now", Times.ts(now)).bind("who", who)
                        .execute();
            } else {
                h.createUpdate("UPDATE product SET description = :description, parameters = :parameters, cas = :cas, "
                                + "version = :version, changed_by = :who, changed_at = :now WHERE product_key = :key")
                        .bindMap(fields(draft)).bind("version", version).bind("now", Times.ts(now)).bind("who", who)
                        .execute();
            }
            h.createUpdate("INSERT INTO product_history (product_key, version, description, parameters, cas, "
                            + "changed_by, changed_at) VALUES (:key, :version, :description, :parameters, :cas, :who, :now)")
                    .bindMap(fields(draft)).bind("version", version).bind("now", Times.ts(now)).bind("who", who)
                    .execute();
            Product stored = load(h, draft.key(), false).orElseThrow();
            Saved saved = old.isEmpty() ? Saved.CREATED : Saved.CHANGED;
            record(h, who, AuditAction.PRODUCT_SAVED, stored.key(), draft, Map.of("saved", saved, "product", stored));
            return new SaveResult(stored, saved);
        });
    }

    public Optional<Product> get(String key) {
        return jdbi.withHandle(h -> load(h, key, false));
    }

    /** Products by key. */
    public Page<Product> list(int offset, int limit) {
        return jdbi.withHandle(h -> new Page<>(h.createQuery("SELECT " + PRODUCT + " FROM product ORDER BY product_key "
                        + "OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY").bind("offset", offset).bind("limit", limit)
                .map((rs, ctx) -> product(rs)).list(),
                h.createQuery("SELECT COUNT(*) FROM product").mapTo(Long.class).one()));
    }

    /** Every product key, in order (the re-check walks them). */
    public List<String> keys() {
        return jdbi.withHandle(h -> h.createQuery("SELECT product_key FROM product ORDER BY product_key")
                .mapTo(String.class).list());
    }

    /** Every version of the product, oldest first (the current one last). */
    public List<Product> history(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT h.product_key, h.description, h.parameters, h.cas, h.version, "
                        + "p.created_at, h.changed_by, h.changed_at FROM product_history h JOIN product p ON "
                        + "p.product_key = h.product_key WHERE h.product_key = :key ORDER BY h.version")
                .bind("key", key).map((rs, ctx) -> product(rs)).list());
    }

    /** Every classification of the product, proposed, approved and earlier, by regime, oldest first. */
    public List<RegimeClassification> classifications(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CLASSIFICATION + " FROM product_classification "
                        + "WHERE product_key = :key ORDER BY regime, id").bind("key", key)
                .map((rs, ctx) -> classification(rs)).list());
    }

    public Optional<RegimeClassification> classification(long id) {
        return jdbi.withHandle(h -> loadClassification(h, id));
    }

    /**
     * Proposes a classification; an earlier proposal for the same regime that nobody approved is REPLACED. An
     * approved classification is never touched by a proposal.
     *
     * @throws ProductRefusedException NOT_FOUND for an unknown product, INVALID naming the field
     */
    public RegimeClassification propose(Proposal p, String who) {
        require(p.regime(), "regime", 8);
        require(p.entry(), "entry", 100);
        require(p.reason(), "reason", 4000);
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Product product = load(h, p.productKey(), true).orElseThrow(() -> notFound(p.productKey()));
            h.createUpdate("UPDATE product_classification SET status = 'REPLACED' WHERE product_key = :key "
                            + "AND regime = :regime AND status = 'PROPOSED'")
                    .bind("key", p.productKey()).bind("regime", p.regime()).execute();
            long id = h.createUpdate("INSERT INTO product_classification (product_key, regime, entry, status, reason, "
                            + "source, outcome, corpus_version, regime_version, product_version, proposed_by, proposed_at)"
                            + " VALUES (:key, :regime, :entry, 'PROPOSED', :reason, :source, :outcome, :corpus, :rv, "
                            + ":pv, :who, :now)")
                    .bind("key", p.productKey()).bind("regime", p.regime()).bind("entry", p.entry())
                    .bind("reason", p.reason().trim()).bind("source", p.source().kind().name())
                    .bind("outcome", p.source().outcome()).bind("corpus", p.source().corpusVersion())
                    .bind("rv", p.source().regimeVersion()).bind("pv", product.version()).bind("who", who)
                    .bind("now", Times.ts(now)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            RegimeClassification c = loadClassification(h, id).orElseThrow();
            record(h, who, AuditAction.PRODUCT_CLASSIFICATION_PROPOSED, p.productKey(), p, c);
            return c;
        });
    }

    /**
     * A second officer approves a proposed classification, in force from {@code inForceFrom} (today when null);
     * the approved classification it supersedes stays in force until that day.
     *
     * @throws ProductRefusedException NOT_FOUND, SAME_OFFICER, NOT_PROPOSED, INVALID (no reason), BEFORE_IN_FORCE
     */
    public RegimeClassification approve(long id, String who, String reason, LocalDate inForceFrom) {
        require(reason, "reason", 4000);
        Instant now = clock.instant();
        LocalDate from = inForceFrom == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : inForceFrom;
        return jdbi.inTransaction(h -> {
            RegimeClassification c = loadClassification(h, id).orElseThrow(() -> new ProductRefusedException(
                    ProductRefusedException.Reason.NOT_FOUND, "id", "no classification " + id));
            lockProduct(h, c.productKey());
            if (c.status() != ClassificationStatus.PROPOSED) {
                throw new ProductRefusedException(ProductRefusedException.Reason.NOT_PROPOSED, "id", "classification "
                        + id + " is " + c.status().name().toLowerCase(java.util.Locale.ROOT) + ": only a proposed one"
                        + " can be approved");
            }
            if (c.proposedBy().equals(who)) {
                throw new ProductRefusedException(ProductRefusedException.Reason.SAME_OFFICER, "id", "classification "
                        + id + " was proposed by " + who + ": a second officer must approve it (four eyes)");
            }
            Optional<RegimeClassification> standing = approvedNow(h, c.productKey(), c.regime());
            if (standing.isPresent() && from.isBefore(standing.get().inForceFrom())) {
                throw new ProductRefusedException(ProductRefusedException.Reason.BEFORE_IN_FORCE, "inForceFrom",
                        "classification " + standing.get().id() + " is in force from " + standing.get().inForceFrom()
                                + ": a later approval cannot take force before it");
            }
            standing.ifPresent(s -> h.createUpdate("UPDATE product_classification SET status = 'SUPERSEDED', "
                    + "in_force_to = :to WHERE id = :id").bind("to", Times.date(from)).bind("id", s.id()).execute());
            h.createUpdate("UPDATE product_classification SET status = 'APPROVED', approved_by = :who, "
                            + "approve_reason = :reason, approved_at = :now, in_force_from = :from WHERE id = :id")
                    .bind("who", who).bind("reason", reason.trim()).bind("now", Times.ts(now))
                    .bind("from", Times.date(from)).bind("id", id).execute();
            RegimeClassification approved = loadClassification(h, id).orElseThrow();
            record(h, who, AuditAction.PRODUCT_CLASSIFICATION_APPROVED, c.productKey(),
                    Map.of("id", id, "reason", reason.trim(), "inForceFrom", from.toString()),
                    Map.of("approved", approved, "superseded", standing.map(RegimeClassification::id).orElse(-1L)));
            return approved;
        });
    }

    /** The approved classification of the product for the regime in force on {@code day}, if any. */
    public Optional<RegimeClassification> inForce(String key, String regime, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CLASSIFICATION + " FROM product_classification WHERE "
                        + "product_key = :key AND regime = :regime AND status IN ('APPROVED', 'SUPERSEDED') AND "
                        + "in_force_from <= :day AND (in_force_to IS NULL OR in_force_to > :day) "
                        + "ORDER BY in_force_from DESC, id DESC")
                .bind("key", key).bind("regime", regime).bind("day", Times.date(day))
                .map((rs, ctx) -> classification(rs)).findFirst());
    }

    /** Records a re-check of the whole master (with its audit record). */
    public ProductRecheck recordRecheck(String corpusVersion, String regimeVersions, String who, int products,
                                        int flagged) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO product_recheck (corpus_version, regime_versions, run_by, run_at, "
                            + "products, flagged) VALUES (:corpus, :regimes, :who, :now, :products, :flagged)")
                    .bind("corpus", corpusVersion).bind("regimes", regimeVersions).bind("who", who)
                    .bind("now", Times.ts(now)).bind("products", products).bind("flagged", flagged)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ProductRecheck r = new ProductRecheck(id, corpusVersion, regimeVersions, who, now, products, flagged);
            record(h, who, AuditAction.PRODUCT_RECHECK, null, Map.of("corpusVersion", corpusVersion,
                    "regimeVersions", regimeVersions), r);
            return r;
        });
    }

    /** The last re-check, if the master was ever re-checked. */
    public Optional<ProductRecheck> lastRecheck() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, corpus_version, regime_versions, run_by, run_at, "
                        + "products, flagged FROM product_recheck ORDER BY id DESC")
                .map((rs, ctx) -> new ProductRecheck(rs.getLong("id"), rs.getString("corpus_version"),
                        rs.getString("regime_versions"), rs.getString("run_by"), Times.instant(rs, "run_at"),
                        rs.getInt("products"), rs.getInt("flagged"))).findFirst());
    }

    private Optional<RegimeClassification> approvedNow(Handle h, String key, String regime) {
        return h.createQuery("SELECT " + CLASSIFICATION + " FROM product_classification WHERE product_key = :key AND "
                        + "regime = :regime AND status = 'APPROVED'").bind("key", key).bind("regime", regime)
                .map((rs, ctx) -> classification(rs)).findFirst();
    }

    private void record(Handle h, String who, AuditAction action, String key, Object inputs, Object outputs) {
        audit.append(h, AuditRecord.draft(who, action, AuditJson.write(inputs), AuditJson.write(outputs))
                .withSubject(key == null ? "product master" : "product " + key));
    }

    private static void lockProduct(Handle h, String key) {
        h.createQuery("SELECT product_key FROM product WHERE product_key = :key FOR UPDATE").bind("key", key)
                .mapTo(String.class).findOne();
    }

    private static Optional<Product> load(Handle h, String key, boolean lock) {
        return h.createQuery("SELECT " + PRODUCT + " FROM product WHERE product_key = :key" + (lock ? " FOR UPDATE" : ""))
                .bind("key", key).map((rs, ctx) -> product(rs)).findOne();
    }

    private static Optional<RegimeClassification> loadClassification(Handle h, long id) {
        return h.createQuery("SELECT " + CLASSIFICATION + " FROM product_classification WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> classification(rs)).findOne();
    }

    private static Map<String, Object> fields(ProductDraft d) {
        return Map.of("key", d.key(), "description", d.description().trim(), "parameters",
                String.join("\n", d.parameters()), "cas", String.join("\n", d.cas()));
    }

    private static Product product(ResultSet rs) throws SQLException {
        return new Product(rs.getString("product_key"), rs.getString("description"), lines(rs.getString("parameters")),
                lines(rs.getString("cas")), rs.getInt("version"), Times.instant(rs, "created_at"),
                rs.getString("changed_by"), Times.instant(rs, "changed_at"));
    }

    private static RegimeClassification classification(ResultSet rs) throws SQLException {
        return new RegimeClassification(rs.getLong("id"), rs.getString("product_key"), rs.getString("regime"),
                rs.getString("entry"), ClassificationStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                new ProposalSource(ProposalSource.Kind.valueOf(rs.getString("source")), rs.getString("outcome"),
                        rs.getString("corpus_version"), rs.getString("regime_version")),
                rs.getInt("product_version"), rs.getString("proposed_by"), Times.instant(rs, "proposed_at"),
                rs.getString("approved_by"), rs.getString("approve_reason"), Times.instant(rs, "approved_at"),
                rs.getObject("in_force_from", LocalDate.class), rs.getObject("in_force_to", LocalDate.class));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static void check(ProductDraft d) {
        require(d.key(), "key", ProductDraft.MAX_KEY);
        if (!KEY.matcher(d.key()).matches()) {
            throw new ProductRefusedException(ProductRefusedException.Reason.INVALID, "key", "a product key is letters,"
                    + " digits and . _ / - (starting with a letter or digit)");
        }
        require(d.description(), "description", ProductDraft.MAX_DESCRIPTION);
        for (String s : d.parameters()) {
            require(s, "parameters", 200);
        }
        for (String s : d.cas()) {
            require(s, "cas", 20);
        }
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ProductRefusedException(ProductRefusedException.Reason.INVALID, field, "required");
        }
        if (value.length() > max || value.contains("\n")) {
            throw new ProductRefusedException(ProductRefusedException.Reason.INVALID, field, value.length() > max
                    ? "longer than " + max + " characters" : "one line only");
        }
    }

    private static ProductRefusedException notFound(String key) {
        return new ProductRefusedException(ProductRefusedException.Reason.NOT_FOUND, "key", "no product "
                + dev.clearance.text.Excerpt.quote(key));
    }
}
