package dev.clearance.records;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditFilter;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.audit.ChainStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

abstract class AbstractAuditTrailTest extends DatabaseTest {

    private AuditTrail trail() {
        return new AuditTrail(db);
    }

    private List<AuditRecord> appendFive(AuditTrail trail) {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            out.add(trail.append(AuditRecord.draft("alice", i % 2 == 0 ? AuditAction.SCREENING : AuditAction.DETERMINATION,
                            "{\"n\":" + i + "}", "{\"result\":\"r" + i + "\"}")
                    .withSubject("subject-" + i)
                    .withRegimeVersion("EU-2021/821@2025-09")
                    .withListVersions(List.of("OFAC-SDN@abc123", "EU-FSF@def456"))));
        }
        return out;
    }

    @Test
    void emptyChainVerifies() {
        ChainStatus status = trail().verify();
        assertThat(status.ok()).isTrue();
        assertThat(status.recordsChecked()).isZero();
        assertThat(trail().head().hash()).isEqualTo(AuditTrail.GENESIS_HASH);
    }

    @Test
    void appendsFormAChainThatVerifies() {
        AuditTrail trail = trail();
        List<AuditRecord> stored = appendFive(trail);
        assertThat(stored).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored.get(0).prevHash()).isEqualTo(AuditTrail.GENESIS_HASH);
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).prevHash()).isEqualTo(stored.get(i - 1).hash());
        }
        assertThat(stored).allSatisfy(r -> assertThat(r.hash()).hasSize(64).isEqualTo(r.computeHash()));
        assertThat(trail.head()).isEqualTo(new AuditTrail.ChainHead(5, stored.get(4).hash()));
        ChainStatus status = trail.verify();
        assertThat(status).isEqualTo(new ChainStatus(true, 5, null, null, null));
    }

    @Test
    void storedRecordReadsBackIdentically() {
        AuditTrail trail = trail();
        AuditRecord stored = trail.append(AuditRecord.draft("bob", "CUSTOM_ACTION", "{\"a\":\"ü\"}", "{}")
                .withListVersions(List.of("L1")));
        AuditRecord read = trail.get(1).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(read.time()).isBeforeOrEqualTo(Instant.now());
        AuditRecord bare = trail.append(AuditRecord.draft("bob", AuditAction.DECISION, "{}", "{}"));
        assertThat(trail.get(2).orElseThrow()).isEqualTo(bare);
        assertThat(bare.listVersions()).isEmpty();
        assertThat(trail.get(3)).isEmpty();
    }

    @Test
    void detectsEditedOutputs() {
        appendFive(trail());
        tamper("UPDATE audit_record SET outputs = '{\"result\":\"CLEAR\"}' WHERE seq = 3");
        ChainStatus status = trail().verify();
        assertThat(status.ok()).isFalse();
        assertThat(status.firstBadSeq()).isEqualTo(3L);
        assertThat(status.problem()).isEqualTo(ChainStatus.Problem.EDITED);
        assertThat(status.detail()).contains("3");
    }

    @Test
    void detectsEditedTime() {
        appendFive(trail());
        tamper("UPDATE audit_record SET recorded_at = recorded_at + INTERVAL '1' SECOND WHERE seq = 4");
        ChainStatus status = trail().verify();
        assertThat(status.problem()).isEqualTo(ChainStatus.Problem.EDITED);
        assertThat(status.firstBadSeq()).isEqualTo(4L);
    }

    @Test
    void detectsRemovedMiddleRecord() {
        appendFive(trail());
        tamper("DELETE FROM audit_record WHERE seq = 3");
        ChainStatus status = trail().verify();
        assertThat(status.ok()).isFalse();
        assertThat(status.firstBadSeq()).isEqualTo(3L);
        assertThat(status.problem()).isEqualTo(ChainStatus.Problem.REMOVED);
        assertThat(status.recordsChecked()).isEqualTo(2);
    }

    @Test
    void detectsRemovedAndRenumberedRecord() {
        appendFive(trail());
        tamper("DELETE FROM audit_record WHERE seq = 3",
                "UPDATE audit_record SET seq = 3 WHERE seq = 4",
                "UPDATE audit_record SET seq = 4 WHERE seq = 5");
        ChainStatus status = trail().verify();
        assertThat(status.firstBadSeq()).isEqualTo(3L);
        assertThat(status.problem()).isEqualTo(ChainStatus.Problem.REMOVED);
    }

    @Test
    void detectsRemovedTail() {
        appendFive(trail());
        tamper("UPDATE audit_head SET last_seq = NULL", "DELETE FROM audit_record WHERE seq = 5",
                "UPDATE audit_head SET last_seq = 5");
        ChainStatus status = trail().verify();
        assertThat(status.firstBadSeq()).isEqualTo(5L);
        assertThat(status.problem()).isEqualTo(ChainStatus.Problem.REMOVED);
    }

    @Test
    void detectsSwappedRecords() {
        appendFive(trail());
        tamper("UPDATE audit_record SET seq = 1000 WHERE seq = 2",
                "UPDATE audit_record SET seq = 2 WHERE seq = 3",
                "UPDATE audit_record SET seq = 3 WHERE seq = 1000");
        ChainStatus status = trail().verify();
        assertThat(status.ok()).isFalse();
        assertThat(status.firstBadSeq()).isEqualTo(2L);
        assertThat(status.problem()).isEqualTo(ChainStatus.Problem.REORDERED);
    }

    @Test
    void databaseRefusesUpdateDeleteAndTruncateFromTheApplication() throws Exception {
        appendFive(trail());
        for (String sql : List.of("UPDATE audit_record SET outputs = '{}' WHERE seq = 2",
                "DELETE FROM audit_record WHERE seq = 5",
                "DELETE FROM audit_record",
                "TRUNCATE TABLE audit_record")) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(java.sql.SQLException.class);
            }
        }
        assertThat(queryLong("SELECT COUNT(*) FROM audit_record")).isEqualTo(5L);
        assertThat(trail().verify().ok()).isTrue();
    }

    @Test
    void concurrentAppendersKeepOneValidChain() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                tasks.add(() -> {
                    AuditTrail trail = trail();
                    for (int i = 0; i < perThread; i++) {
                        trail.append(AuditRecord.draft("t" + id, AuditAction.SCREENING, "{\"i\":" + i + "}", "{}"));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ChainStatus status = trail().verify();
        assertThat(status.ok()).as(status.toString()).isTrue();
        assertThat(status.recordsChecked()).isEqualTo(threads * perThread);
        assertThat(trail().head().seq()).isEqualTo(threads * perThread);
    }

    @Test
    void groupCommitReturnsEachRecordOnceStoredAndABadRecordFailsOnlyItself() throws Exception {
        AuditTrail shared = trail();
        int threads = 16;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<AuditRecord> returned = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        // one draft in the whole run is too long for the principal column: the database refuses it
                        String principal = id == 3 && i == 20 ? "x".repeat(300) : "t" + id;
                        try {
                            returned.add(shared.append(AuditRecord.draft(principal, AuditAction.SCREENING,
                                    "{\"t\":" + id + ",\"i\":" + i + "}", "{}")));
                        } catch (RuntimeException e) {
                            refused.add(e);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refused).hasSize(1);
        assertThat(returned).hasSize(threads * perThread - 1);
        assertThat(returned.stream().map(AuditRecord::seq).distinct().count()).isEqualTo(returned.size());
        for (AuditRecord r : returned) {
            assertThat(shared.get(r.seq())).as("record %s is stored as returned", r.seq()).contains(r);
        }
        ChainStatus status = shared.verify();
        assertThat(status.ok()).as(status.toString()).isTrue();
        assertThat(status.recordsChecked()).isEqualTo(returned.size());
    }

    @Test
    void listsWithFilterAndPaging() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.getAndUpdate(i -> i.plus(Duration.ofHours(1)));
            }
        };
        AuditTrail trail = new AuditTrail(db, clock);
        appendFive(trail);
        Page<AuditRecord> all = trail.list(AuditFilter.ALL, PageRequest.first(2));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.items()).extracting(AuditRecord::seq).containsExactly(1L, 2L);
        Page<AuditRecord> newest = trail.list(AuditFilter.ALL, new PageRequest(1, 2, true));
        assertThat(newest.items()).extracting(AuditRecord::seq).containsExactly(4L, 3L);
        Page<AuditRecord> screenings = trail.list(AuditFilter.ALL.withAction("SCREENING"), PageRequest.first(10));
        assertThat(screenings.total()).isEqualTo(2);
        assertThat(screenings.items()).extracting(AuditRecord::seq).containsExactly(2L, 4L);
        assertThat(trail.list(AuditFilter.ALL.withPrincipal("nobody"), PageRequest.first(10)).total()).isZero();
        assertThat(trail.list(AuditFilter.ALL.withSubject("subject-3"), PageRequest.first(10)).items())
                .extracting(AuditRecord::seq).containsExactly(3L);
        Page<AuditRecord> window = trail.list(AuditFilter.ALL.between(Instant.parse("2025-01-01T11:00:00Z"),
                Instant.parse("2025-01-01T13:00:00Z")), PageRequest.first(10));
        assertThat(window.items()).extracting(AuditRecord::seq).containsExactly(2L, 3L);
        assertThat(window.items().get(0).time()).isEqualTo(Instant.parse("2025-01-01T11:00:00Z"));
    }

    @Test
    void everyAppendReachesTheOneAppendersObserverWhicheverWayItCame() {
        AuditTrail trail = new AuditTrail(db);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        trail.observeAppends(r -> seen.add(r.action() + "#" + r.seq()));
        AuditRecord grouped = trail.append(AuditRecord.draft("alice", AuditAction.SCREENING, "{}", "{}"));
        AuditRecord inTransaction = db.jdbi().inTransaction(h -> trail.append(h,
                AuditRecord.draft("bob", AuditAction.LICENCE_DRAWDOWN, "{}", "{}")));
        // a repository recording its step with its effect appends through the same trail
        new dev.clearance.records.parties.Parties(db, trail).save(List.of(new dev.clearance.records.parties.NewParty(
                "C-9", "Acme", List.of(), "DE", "organization", null, List.of(), "sales")), changes ->
                AuditRecord.draft("carol", "PARTIES_IMPORTED", "{}", "{}"));
        long stored = queryLong("SELECT COUNT(*) FROM audit_record");
        assertThat(stored).isEqualTo(3);
        assertThat(seen).hasSize(3).containsSubsequence("SCREENING#" + grouped.seq(),
                "LICENCE_DRAWDOWN#" + inTransaction.seq());
        assertThat(seen.get(2)).startsWith("PARTIES_IMPORTED#");
        // an observer that fails does not fail the append
        trail.observeAppends(r -> {
            throw new IllegalStateException("metrics down");
        });
        assertThat(trail.append(AuditRecord.draft("alice", AuditAction.SCREENING, "{}", "{}")).seq()).isEqualTo(4);
        assertThat(trail.verify().ok()).isTrue();
    }
}
