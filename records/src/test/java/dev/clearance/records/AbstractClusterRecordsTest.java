package dev.clearance.records;

import dev.clearance.records.access.AuthFailures;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.batch.BatchJob;
import dev.clearance.records.batch.BatchJobs;
import dev.clearance.records.cluster.LeaseLostException;
import dev.clearance.records.cluster.Leases;
import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.decisions.PartyRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What several servers on one database share, each server a separate object here: leases held by one and taken
 * over when they lapse, batch jobs claimed once, failed authentications counted in sum, a decision recorded once per
 * request, and request ids in the audit chain.
 */
abstract class AbstractClusterRecordsTest extends DatabaseTest {
    private static final Duration TTL = Duration.ofSeconds(10);

    /** @return URL, user and password of an empty database (no migration run yet) */
    protected abstract String[] emptyDatabase();

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aLeaseHasOneHolderUntilItLapses() {
        MovingClock clock = new MovingClock();
        Leases a = new Leases(db, clock);
        Leases b = new Leases(db, clock);
        assertThat(a.tryAcquire("list-loads", "server-a", TTL)).isTrue();
        assertThat(b.tryAcquire("list-loads", "server-b", TTL)).isFalse();
        assertThat(a.tryAcquire("list-loads", "server-a", TTL)).as("its holder renews").isTrue();
        assertThat(b.holder("list-loads")).contains("server-a");
        clock.advance(Duration.ofSeconds(8));
        assertThat(a.renew("list-loads", "server-a", TTL)).isTrue();
        clock.advance(Duration.ofSeconds(8));
        assertThat(b.tryAcquire("list-loads", "server-b", TTL)).as("renewed: still held").isFalse();
        clock.advance(Duration.ofSeconds(3));
        assertThat(b.tryAcquire("list-loads", "server-b", TTL)).as("lapsed: taken over").isTrue();
        assertThat(a.renew("list-loads", "server-a", TTL)).as("the old holder lost it").isFalse();
        a.release("list-loads", "server-a", true);
        assertThat(a.holder("list-loads")).as("only the holder lets go").contains("server-b");
        assertThat(a.doneAt("list-loads")).isEmpty();
        b.release("list-loads", "server-b", true);
        assertThat(a.holder("list-loads")).isEmpty();
        assertThat(a.doneAt("list-loads")).contains(clock.instant());
    }

    @Test
    void serversClaimingAtOnceTakeALeaseOnce() throws Exception {
        Leases leases = new Leases(db);
        List<Boolean> got = race(8, i -> leases.tryAcquire("race", "server-" + i, TTL));
        assertThat(got).containsOnlyOnce(true);
    }

    @Test
    void aBatchJobIsClaimedOnceAndTakenOverWhenItsLeaseLapses() throws Exception {
        MovingClock clock = new MovingClock();
        BatchJobs jobs = new BatchJobs(db, clock);
        BatchJob job = jobs.create("SCREENING", 4, AbstractBatchJobsTest.CSV, "alice");
        assertThat(jobs.claimable(10)).containsExactly(job.id());
        List<Boolean> claimed = race(6, i -> jobs.claim(job.id(), "server-" + i, TTL).isPresent());
        assertThat(claimed).containsOnlyOnce(true);
        String owner = "server-" + claimed.indexOf(true);
        assertThat(jobs.owner(job.id())).contains(owner);
        assertThat(jobs.claimable(10)).isEmpty();
        assertThat(jobs.commitResults(job.id(), owner, Map.of(1, "{}", 2, "{}"))).isEqualTo(2);
        assertThatThrownBy(() -> jobs.commitResults(job.id(), "server-x", Map.of(3, "{}")))
                .isInstanceOf(LeaseLostException.class);

        clock.advance(TTL.plusSeconds(1));
        assertThat(jobs.renewLease(job.id(), owner, TTL)).as("renewing late still holds while no one took it")
                .isTrue();
        clock.advance(TTL.plusSeconds(1));
        assertThat(jobs.claimable(10)).containsExactly(job.id());
        BatchJob resumed = jobs.claim(job.id(), "server-y", TTL).orElseThrow();
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.nextRow()).isEqualTo(3);
        assertThatThrownBy(() -> jobs.commitResults(job.id(), owner, Map.of(3, "{}")))
                .isInstanceOf(LeaseLostException.class);
        assertThat(jobs.renewLease(job.id(), owner, TTL)).isFalse();
        assertThat(jobs.releaseLeases("server-y")).isEqualTo(1);
        assertThat(jobs.claimable(10)).as("let go on stopping: free at once").containsExactly(job.id());
    }

    @Test
    void failedAuthenticationsAreCountedInSumAcrossServers() {
        AuthFailures a = new AuthFailures(db);
        AuthFailures b = new AuthFailures(db);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Duration window = Duration.ofSeconds(60);
        Duration block = Duration.ofSeconds(300);
        assertThat(a.failed("10.0.0.9", now, 4, window, block)).isEmpty();
        assertThat(b.failed("10.0.0.9", now.plusSeconds(1), 4, window, block)).isEmpty();
        assertThat(a.failed("10.0.0.9", now.plusSeconds(2), 4, window, block)).isEmpty();
        assertThat(b.failed("10.0.0.9", now.plusSeconds(3), 4, window, block)).contains(now.plusSeconds(303));
        assertThat(a.blocked(now.plusSeconds(4))).containsEntry("10.0.0.9", now.plusSeconds(303));
        assertThat(a.blocked(now.plusSeconds(304))).isEmpty();
        // failures older than the window do not count
        assertThat(a.failed("10.0.0.7", now, 2, window, block)).isEmpty();
        assertThat(b.failed("10.0.0.7", now.plusSeconds(61), 2, window, block)).isEmpty();
    }

    @Test
    void aDecisionIsRecordedOncePerRequest() throws Exception {
        HitDecisions decisions = new HitDecisions(db);
        PartyRef party = new PartyRef("cust-7", "fp-7", "Ivan Petrov", null);
        List<Long> ids = race(4, i -> decisions.decide(DecisionKind.ESCALATED, party, "OFAC:1", "ef", "ask legal",
                "officer" + i, "req-1", (h, d) -> { }).id());
        assertThat(ids).hasSize(4).containsOnly(ids.get(0));
        assertThat(decisions.byRequest("req-1").map(HitDecision::id)).contains(ids.get(0));
        long other = decisions.decide(DecisionKind.ESCALATED, party, "OFAC:1", "ef", "again", "officer1", "req-2",
                (h, d) -> { }).id();
        assertThat(other).isNotEqualTo(ids.get(0));
        assertThat(decisions.decide(DecisionKind.ESCALATED, party, "OFAC:1", "ef", "no id", "officer1", null,
                (h, d) -> { }).id()).isNotIn(ids.get(0), other);
    }

    @Test
    void theRequestIdIsHashedWhenPresentAndRecordsWithoutOneVerify() {
        AuditTrail trail = new AuditTrail(db);
        trail.append(AuditRecord.draft("alice", "SCREENING", "{}", "{}"));
        trail.requestIds(() -> "req-42");
        AuditRecord with = trail.append(AuditRecord.draft("alice", "SCREENING", "{}", "{}"));
        assertThat(with.requestId()).isEqualTo("req-42");
        assertThat(with.withRequestId(null).computeHash()).as("the id is part of the hash").isNotEqualTo(with.hash());
        assertThat(trail.verify().ok()).isTrue();
        AuditRecord stored = trail.get(with.seq()).orElseThrow();
        assertThat(stored.requestId()).isEqualTo("req-42");
        assertThat(stored.computeHash()).isEqualTo(stored.hash());
        assertThat(trail.get(1).orElseThrow().requestId()).isNull();
    }

    @Test
    void anAuditTrailWrittenBeforeRequestIdsStillVerifiesAfterTheMigration() throws Exception {
        String[] empty = emptyDatabase();
        org.flywaydb.core.Flyway.configure().dataSource(empty[0], empty[1], empty[2])
                .locations("classpath:db/migration/common", "classpath:db/migration/"
                        + (Database.vendorOf(empty[0]) == Database.Vendor.H2 ? "h2" : "postgresql"))
                .target("50").load().migrate();
        String prev = AuditTrail.GENESIS_HASH;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(empty[0], empty[1], empty[2])) {
            for (long seq = 1; seq <= 2; seq++) {
                Instant at = Instant.parse("2026-01-0" + seq + "T00:00:00Z");
                AuditRecord r = new AuditRecord(seq, at, "alice", "SCREENING", null, "{}", "{}", null, List.of(),
                        prev, null);
                String hash = r.computeHash();
                try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO audit_record (seq, recorded_at, "
                        + "principal, action, subject, inputs, outputs, regime_version, list_versions, prev_hash, hash) "
                        + "VALUES (?, ?, 'alice', 'SCREENING', NULL, '{}', '{}', NULL, NULL, ?, ?)")) {
                    s.setLong(1, seq);
                    s.setObject(2, java.time.OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    s.setString(3, prev);
                    s.setString(4, hash);
                    s.executeUpdate();
                }
                try (java.sql.PreparedStatement s = c.prepareStatement(
                        "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                    s.setLong(1, seq);
                    s.setString(2, hash);
                    s.executeUpdate();
                }
                prev = hash;
            }
        }
        try (Database upgraded = Database.open(empty[0], empty[1], empty[2])) {
            AuditTrail trail = new AuditTrail(upgraded);
            assertThat(trail.verify().ok()).as("records hashed before request ids").isTrue();
            trail.append(AuditRecord.draft("bob", "SCREENING", "{}", "{}").withRequestId("after-upgrade"));
            assertThat(trail.verify().ok()).isTrue();
            assertThat(trail.verify().recordsChecked()).isEqualTo(3);
        }
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code n} tasks released at once; returns their results in task order. */
    private static <T> List<T> race(int n, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(k);
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

}
