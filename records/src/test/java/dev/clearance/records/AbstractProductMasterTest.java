package dev.clearance.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.records.product.ClassificationStatus;
import dev.clearance.records.product.Product;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.product.ProductDraft;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.ProductRefusedException;
import dev.clearance.records.product.Proposal;
import dev.clearance.records.product.ProposalSource;
import dev.clearance.records.product.RegimeClassification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product master on each database: versions kept, four eyes, days in force, every change in the audit chain. */
abstract class AbstractProductMasterTest extends DatabaseTest {
    private static final ProductDraft RESIST = new ProductDraft("P-100", "EUV photoresist",
            List.of("wavelength=13.5nm"), List.of());

    private ProductMaster master() {
        return new ProductMaster(db, new AuditTrail(db));
    }

    private long audited(String action) {
        return queryLong("SELECT COUNT(*) FROM audit_record WHERE action = '" + action + "'");
    }

    @Test
    void savingKeepsEveryVersionAndRecordsEachChangeOnce() {
        ProductMaster m = master();
        assertThat(m.save(RESIST, "alice").saved()).isEqualTo(ProductMaster.Saved.CREATED);
        assertThat(m.save(RESIST, "alice").saved()).isEqualTo(ProductMaster.Saved.UNCHANGED);
        ProductDraft changed = new ProductDraft("P-100", "EUV photoresist, positive tone", List.of("wavelength=13.5nm"),
                List.of("7664-39-3"));
        Product p = m.save(changed, "bob").product();
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.changedBy()).isEqualTo("bob");
        assertThat(p.cas()).containsExactly("7664-39-3");
        assertThat(m.history("P-100")).extracting(Product::description)
                .containsExactly("EUV photoresist", "EUV photoresist, positive tone");
        assertThat(audited("PRODUCT_SAVED")).isEqualTo(2);
        assertThat(new AuditTrail(db).verify().ok()).isTrue();
    }

    @Test
    void approverMustDifferFromProposer() {
        ProductMaster m = master();
        m.save(RESIST, "alice");
        RegimeClassification c = m.propose(new Proposal("P-100", "JP", "3C002.a.2", "classifier: listed",
                new ProposalSource(ProposalSource.Kind.CLASSIFIER, "LISTED", "corpus-1", "jp-1")), "alice");
        assertThatThrownBy(() -> m.approve(c.id(), "alice", "looks right", null))
                .isInstanceOfSatisfying(ProductRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProductRefusedException.Reason.SAME_OFFICER));
        RegimeClassification approved = m.approve(c.id(), "bob", "parameter sheet checked", LocalDate.of(2026, 5, 1));
        assertThat(approved.status()).isEqualTo(ClassificationStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("bob");
        assertThat(approved.source().corpusVersion()).isEqualTo("corpus-1");
        assertThatThrownBy(() -> m.approve(c.id(), "carol", "again", null))
                .isInstanceOfSatisfying(ProductRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProductRefusedException.Reason.NOT_PROPOSED));
        assertThat(audited("PRODUCT_CLASSIFICATION_PROPOSED")).isEqualTo(1);
        assertThat(audited("PRODUCT_CLASSIFICATION_APPROVED")).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesOneOfficerOnBothSides() {
        ProductMaster m = master();
        m.save(RESIST, "alice");
        RegimeClassification c = m.propose(new Proposal("P-100", "JP", "3C002.a.2", "officer read it",
                ProposalSource.officer()), "alice");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "UPDATE product_classification SET approved_by = 'alice', status = 'APPROVED' WHERE id = ?", c.id())))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aLaterApprovalSupersedesFromItsDayAndTheEarlierAnswersBefore() {
        ProductMaster m = master();
        m.save(RESIST, "alice");
        long first = m.propose(new Proposal("P-100", "JP", "3C002.a.2", "first", ProposalSource.officer()), "alice").id();
        m.approve(first, "bob", "ok", LocalDate.of(2026, 1, 1));
        long second = m.propose(new Proposal("P-100", "JP", "NONE", "re-read", ProposalSource.officer()), "alice").id();
        assertThat(m.inForce("P-100", "JP", LocalDate.of(2026, 3, 1))).map(RegimeClassification::entry)
                .contains("3C002.a.2");
        assertThatThrownBy(() -> m.approve(second, "bob", "ok", LocalDate.of(2025, 12, 1)))
                .isInstanceOfSatisfying(ProductRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProductRefusedException.Reason.BEFORE_IN_FORCE));
        m.approve(second, "bob", "ok", LocalDate.of(2026, 6, 1));
        assertThat(m.inForce("P-100", "JP", LocalDate.of(2026, 3, 1))).map(RegimeClassification::entry)
                .contains("3C002.a.2");
        assertThat(m.inForce("P-100", "JP", LocalDate.of(2026, 6, 1))).map(RegimeClassification::entry).contains("NONE");
        assertThat(m.inForce("P-100", "JP", LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(m.inForce("P-100", "KR", LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(m.classifications("P-100")).extracting(RegimeClassification::status)
                .containsExactly(ClassificationStatus.SUPERSEDED, ClassificationStatus.APPROVED);
    }

    @Test
    void aNewProposalReplacesAnOpenOneAndNeverTouchesTheApproved() {
        ProductMaster m = master();
        m.save(RESIST, "alice");
        long approved = m.propose(new Proposal("P-100", "KR", "3C002.a.2", "a", ProposalSource.officer()), "alice").id();
        m.approve(approved, "bob", "ok", null);
        m.propose(new Proposal("P-100", "KR", "3C002.a.1", "b", ProposalSource.officer()), "alice");
        m.propose(new Proposal("P-100", "KR", "3C002.a.3", "c", ProposalSource.officer()), "alice");
        assertThat(m.classifications("P-100")).extracting(RegimeClassification::status).containsExactly(
                ClassificationStatus.APPROVED, ClassificationStatus.REPLACED, ClassificationStatus.PROPOSED);
        assertThat(m.inForce("P-100", "KR", LocalDate.now(java.time.ZoneOffset.UTC))).map(RegimeClassification::entry)
                .contains("3C002.a.2");
    }

    @Test
    void refusesBadFieldsNamingThemAndUnknownProducts() {
        ProductMaster m = master();
        assertThatThrownBy(() -> m.save(new ProductDraft("", "x", List.of(), List.of()), "a"))
                .isInstanceOfSatisfying(ProductRefusedException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> m.save(new ProductDraft("P 1", "x", List.of(), List.of()), "a"))
                .isInstanceOfSatisfying(ProductRefusedException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> m.save(new ProductDraft("P1", " ", List.of(), List.of()), "a"))
                .isInstanceOfSatisfying(ProductRefusedException.class, e -> assertThat(e.field()).isEqualTo("description"));
        assertThatThrownBy(() -> m.propose(new Proposal("nope", "JP", "NONE", "r", ProposalSource.officer()), "a"))
                .isInstanceOfSatisfying(ProductRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ProductRefusedException.Reason.NOT_FOUND));
        assertThat(audited("PRODUCT_SAVED")).isZero();
    }

    @Test
    void rechecksAreKeptNewestLast() {
        ProductMaster m = master();
        assertThat(m.lastRecheck()).isEmpty();
        m.recordRecheck("c1", "JP@1", "system", 3, 0);
        m.recordRecheck("c2", "JP@1", "system", 3, 1);
        assertThat(m.lastRecheck()).hasValueSatisfying(r -> {
            assertThat(r.corpusVersion()).isEqualTo("c2");
            assertThat(r.flagged()).isEqualTo(1);
        });
        assertThat(audited("PRODUCT_RECHECK")).isEqualTo(2);
    }

    @Test
    void listsByKeyWithTheTotal() {
        ProductMaster m = master();
        for (String k : List.of("B-2", "A-1", "C-3")) {
            m.save(new ProductDraft(k, "film " + k, List.of(), List.of()), "alice");
        }
        Page<Product> page = m.list(1, 1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Product::key).containsExactly("B-2");
        assertThat(m.keys()).containsExactly("A-1", "B-2", "C-3");
    }

    /**
     * Two first saves of one key: this thread creates the product in a transaction it holds open, a second thread
     * saves the same key meanwhile and finds no product; when this one commits, the second is refused as a typed
     * conflict naming the key (the unique key refuses its insert, SQLState 23505), never an untyped error.
     */
    @Test
    void aSecondCreationOfTheSameKeyAtTheSameMomentIsATypedConflictNamingTheKey() throws Exception {
        ProductMaster m = master();
        Thread[] worker = new Thread[1];
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            worker[0] = new Thread(r, "second-save");
            return worker[0];
        });
        try (java.sql.Connection first = db.dataSource().getConnection()) {
            first.setAutoCommit(false);
            try (java.sql.Statement s = first.createStatement()) {
                s.executeUpdate("INSERT INTO product (product_key, description, parameters, cas, version, created_at,"
                        + " changed_by, changed_at) VALUES ('P-RACE', 'EUV photoresist', 'wavelength=13.5nm', '', 1,"
                        + " CURRENT_TIMESTAMP, 'alice', CURRENT_TIMESTAMP)");
            }
            java.util.concurrent.Future<ProductMaster.SaveResult> saving = second.submit(() -> m.save(
                    new ProductDraft("P-RACE", "EUV photoresist", List.of("wavelength=13.5nm"), List.of()), "bob"));
            awaitBlockedSession(saving, worker);
            first.commit();
            try {
                ProductMaster.SaveResult r = saving.get();
                throw new AssertionError("the second creation of P-RACE was taken: " + r.saved());
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfSatisfying(ProductRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ProductRefusedException.Reason.CREATED_CONCURRENTLY);
                    assertThat(refused.field()).isEqualTo("key");
                    assertThat(refused.getMessage()).contains("P-RACE");
                });
            }
        } finally {
            second.shutdownNow();
        }
        assertThat(master().get("P-RACE")).isPresent();
    }

    /**
     * Waits (bounded, a minute: a loaded machine is slow to get there) until the second save waits for the held transaction's lock, or has finished already:
     * PostgreSQL lists the waiting session; embedded H2 retries the insert in the saving thread itself until the
     * key's holder ends (its thread stays runnable, so the insert is seen on the thread's stack).
     */
    private void awaitBlockedSession(java.util.concurrent.Future<?> saving, Thread[] worker)
            throws InterruptedException {
        java.util.function.BooleanSupplier blocked = db.vendor() == Database.Vendor.POSTGRESQL
                ? () -> queryLong("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") > 0
                : () -> worker[0] != null && java.util.Arrays.stream(worker[0].getStackTrace())
                .anyMatch(f -> f.getClassName().equals("org.h2.command.dml.Insert"));
        // the state is read once per round and kept: H2 retries the insert, so its frame comes and goes, and a
        // second look after the loop could miss what the first one saw
        boolean waiting = false;
        for (int i = 0; i < 6000 && !waiting; i++) {
            waiting = saving.isDone() || blocked.getAsBoolean();
            if (!waiting) {
                Thread.sleep(10);
            }
        }
        assertThat(waiting).as("the second save waits for the first").isTrue();
    }
}
