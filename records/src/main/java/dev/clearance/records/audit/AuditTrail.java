package dev.clearance.records.audit;

import dev.clearance.records.Database;
import dev.clearance.records.Page;
import dev.clearance.records.PageRequest;
import dev.clearance.records.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Append-only, tamper-evident audit trail: each record carries the SHA-256 of its canonical form and of its
 * predecessor's hash, so editing, removing or reordering stored rows is detected by {@link #verify()}.
 *
 * <p>Appends are serialised by locking the single {@code audit_head} row ({@code SELECT ... FOR UPDATE}), so
 * concurrent appenders (threads or processes) never fork the chain; {@code UNIQUE(prev_hash)} is a second guard.
 * The database refuses UPDATE and DELETE of audit rows (a trigger on both PostgreSQL and H2) and TRUNCATE (a trigger
 * on PostgreSQL; the {@code audit_head} foreign key on both).
 *
 * <p>{@link #append(AuditRecord)} commits in groups: callers queue their drafts, and a single writer thread appends
 * every draft queued while it committed the previous group, in queue order, in one transaction (one head lock, one
 * batched insert, one commit); each caller returns only once the transaction holding its record has committed, so
 * an acknowledged record is as durable as a record committed alone, at a fraction of the commits under load.
 *
 * <p>Limit: an attacker with owner rights who rewrites the tail of the chain <em>and</em> recomputes every later hash
 * and the head is not detectable from inside the database; anchor {@link #head()} externally to close that gap.
 *
 * <p>The one appender: the services' records (formatted by the server's recorder) and the steps repositories record
 * with their effect in one transaction (parties, alerts, applications) are all appended here, and
 * {@link #observeAppends} sees every one; no other class writes the audit tables.
 */
public final class AuditTrail {

    /** prev_hash of the first record. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final String COLUMNS = "seq, recorded_at, principal, action, subject, inputs, outputs, "
            + "regime_version, list_versions, prev_hash, hash, request_id";

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile java.util.function.Supplier<String> requestIds = () -> null;
    private volatile CommitObserver observer = (records, nanos) -> { };
    private volatile java.util.function.Consumer<AuditRecord> appended = r -> { };

    /** Told of every group the writer committed (for metrics). */
    @FunctionalInterface
    public interface CommitObserver {
        /**
         * @param records records in the group
         * @param nanos how long its transaction took
         */
        void committed(int records, long nanos);
    }

    /**
     * Names the request each record appended from now on answers: a draft without a request id takes the
     * supplier's, read on the appending thread (the request's own).
     *
     * @param current the current request's id, or null outside a request
     */
    public void requestIds(java.util.function.Supplier<String> current) {
        this.requestIds = Objects.requireNonNull(current, "current");
    }

    /** Sets who is told of each committed group. */
    public void observeCommits(CommitObserver commits) {
        this.observer = Objects.requireNonNull(commits, "commits");
    }

    /**
     * Sets who is told of every record appended, whichever way it came (the group writer, or a caller's transaction:
     * a service's, or a repository's step recorded with its effect). Told inside the appending transaction, once the
     * record is written: a record whose transaction then rolls back was told too.
     *
     * @param each called with each stored record; its failure does not fail the append
     */
    public void observeAppends(java.util.function.Consumer<AuditRecord> each) {
        this.appended = Objects.requireNonNull(each, "each");
    }

    /** @return drafts waiting for the group-commit writer */
    public int queueDepth() {
        return queue.size();
    }

    private AuditRecord withRequest(AuditRecord draft) {
        Objects.requireNonNull(draft, "draft");
        if (draft.requestId() != null) {
            return draft;
        }
        String id = requestIds.get();
        return id == null ? draft : draft.withRequestId(id);
    }

    /** @param database the records database */
    public AuditTrail(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of record times
     */
    public AuditTrail(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends a record, committed together with any records other threads are appending at the same time (group
     * commit). Returns once the record is committed.
     *
     * @param draft the record to store; its seq, time and hashes are ignored
     * @return the stored record with seq, time, prev_hash and hash
     * @throws RuntimeException the database's error when the record could not be committed
     */
    public AuditRecord append(AuditRecord draft) {
        Pending mine = new Pending(withRequest(draft));
        queue.add(mine);
        if (writerRunning.compareAndSet(false, true)) {
            Thread writer = new Thread(this::writeGroups, "clearance-audit-writer");
            writer.setDaemon(true);
            writer.start();
        }
        return mine.await();
    }

    /**
     * The single writer: takes whatever drafts are queued (those that arrived while the previous group was being
     * committed), commits them as one group, wakes their callers, and repeats; it ends after a while without work
     * and the next append starts it again.
     */
    private void writeGroups() {
        while (true) {
            Pending first;
            try {
                first = queue.poll(WRITER_IDLE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                writerRunning.set(false);
                // A draft queued after the poll gave up but before the flag was cleared has no writer yet.
                if (queue.isEmpty() || !writerRunning.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            List<Pending> group = new ArrayList<>();
            group.add(first);
            queue.drainTo(group, MAX_GROUP - 1);
            try {
                commit(group);
            } catch (Throwable t) {
                RuntimeException e = t instanceof RuntimeException r ? r : new IllegalStateException(t);
                group.forEach(p -> p.finish(null, e));
            }
        }
    }

    /** Commits a group in one transaction; if that fails, each record alone, so one bad record fails only itself. */
    private void commit(List<Pending> group) {
        try {
            List<AuditRecord> drafts = group.stream().map(p -> p.draft).toList();
            long start = System.nanoTime();
            List<AuditRecord> stored = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                    h -> appendAll(h, drafts));
            observer.committed(drafts.size(), System.nanoTime() - start);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).finish(stored.get(i), null);
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).finish(null, e);
                return;
            }
            for (Pending p : group) {
                commit(List.of(p));
            }
        }
    }

    /** Most records committed in one transaction. */
    private static final int MAX_GROUP = 256;
    /** How long the writer thread waits for work before it ends. */
    private static final long WRITER_IDLE_SECONDS = 5;

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean writerRunning = new AtomicBoolean();

    /** A queued draft; the writer sets the outcome, then opens the latch its caller waits on. */
    private static final class Pending {
        final AuditRecord draft;
        private final CountDownLatch done = new CountDownLatch(1);
        private AuditRecord stored;
        private RuntimeException failure;

        Pending(AuditRecord draft) {
            this.draft = draft;
        }

        void finish(AuditRecord record, RuntimeException e) {
            if (done.getCount() == 0) {
                return;
            }
            stored = record;
            failure = e;
            done.countDown();
        }

        /** Waits for the commit, also when interrupted: the caller must learn whether its record is stored. */
        AuditRecord await() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return stored;
        }
    }

    /**
     * Appends a record inside the caller's transaction, so it commits or rolls back with the caller's other writes
     * (e.g. a licence drawdown). The chain head stays locked until that transaction ends: keep it short.
     *
     * @param handle a handle with an open transaction
     * @param draft the record to store
     * @return the stored record
     */
    public AuditRecord append(Handle handle, AuditRecord draft) {
        return appendAll(handle, List.of(withRequest(draft))).get(0);
    }

    /**
     * Appends drafts in order inside the caller's transaction: one head lock, one batched insert, one head update.
     * The one place that writes the audit tables ({@code AuditAppendsTest} fails if another class does).
     */
    private List<AuditRecord> appendAll(Handle handle, List<AuditRecord> drafts) {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("append(handle, draft) needs an open transaction");
        }
        Head head = handle.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(Sql.nullableLong(rs, "last_seq"), rs.getString("last_hash")))
                .one();
        long seq = head.lastSeq() == null ? 0 : head.lastSeq();
        String prev = head.lastHash();
        List<AuditRecord> stored = new ArrayList<>(drafts.size());
        PreparedBatch insert = handle.prepareBatch("INSERT INTO audit_record (" + COLUMNS + ") VALUES (:seq, :time, "
                + ":principal, :action, :subject, :inputs, :outputs, :regime, :lists, :prev, :hash, :request)");
        for (AuditRecord draft : drafts) {
            seq++;
            Instant time = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AuditRecord unsigned = new AuditRecord(seq, time, draft.principal(), draft.action(), draft.subject(),
                    draft.inputsJson(), draft.outputsJson(), draft.regimeVersion(), draft.listVersions(), prev, null,
                    draft.requestId());
            String hash = unsigned.computeHash();
            AuditRecord record = new AuditRecord(seq, time, draft.principal(), draft.action(), draft.subject(),
                    draft.inputsJson(), draft.outputsJson(), draft.regimeVersion(), draft.listVersions(), prev, hash,
                    draft.requestId());
            insert.bind("seq", seq)
                    .bind("time", Sql.ts(time))
                    .bind("principal", record.principal())
                    .bind("action", record.action())
                    .bind("subject", record.subject())
                    .bind("inputs", record.inputsJson())
                    .bind("outputs", record.outputsJson())
                    .bind("regime", record.regimeVersion())
                    .bind("lists", joinLists(record.listVersions()))
                    .bind("prev", prev)
                    .bind("hash", hash)
                    .bind("request", record.requestId())
                    .add();
            stored.add(record);
            prev = hash;
        }
        insert.execute();
        int updated = handle.createUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash "
                        + "WHERE id = 1 AND last_hash = :prev")
                .bind("seq", seq)
                .bind("hash", prev)
                .bind("prev", head.lastHash())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("audit chain head moved during append");
        }
        for (AuditRecord r : stored) {
            try {
                appended.accept(r);
            } catch (RuntimeException e) {
                // an observer (metrics) never stops the trail: the record is stored either way
            }
        }
        return stored;
    }

    /** @return the seq and hash of the newest record (seq 0 and {@link #GENESIS_HASH} when empty) */
    public ChainHead head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> {
                    Long s = Sql.nullableLong(rs, "last_seq");
                    return new ChainHead(s == null ? 0 : s, rs.getString("last_hash"));
                })
                .one());
    }

    /**
     * Walks the whole chain in seq order and checks every link and hash.
     *
     * @return ok, or the first bad record and why
     */
    public ChainStatus verify() {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            long expectedSeq = 1;
            String expectedPrev = GENESIS_HASH;
            long checked = 0;
            try (Stream<AuditRecord> rows = h.createQuery("SELECT " + COLUMNS + " FROM audit_record ORDER BY seq")
                    .setFetchSize(500)
                    .map((rs, ctx) -> map(rs))
                    .stream()) {
                Iterator<AuditRecord> it = rows.iterator();
                while (it.hasNext()) {
                    AuditRecord r = it.next();
                    if (r.seq() != expectedSeq) {
                        return ChainStatus.broken(checked, expectedSeq, ChainStatus.Problem.REMOVED,
                                "record " + expectedSeq + " is missing; next stored record is " + r.seq());
                    }
                    checked++;
                    if (!r.prevHash().equals(expectedPrev)) {
                        Optional<Long> linked = h.createQuery("SELECT seq FROM audit_record WHERE hash = :hash")
                                .bind("hash", r.prevHash())
                                .mapTo(Long.class)
                                .findOne();
                        if (linked.isPresent()) {
                            return ChainStatus.broken(checked, r.seq(), ChainStatus.Problem.REORDERED,
                                    "record " + r.seq() + " follows record " + linked.get()
                                            + " in the chain but is stored at seq " + r.seq());
                        }
                        return ChainStatus.broken(checked, r.seq(), ChainStatus.Problem.REMOVED,
                                "record " + r.seq() + " links to a record that is no longer stored");
                    }
                    if (!r.computeHash().equals(r.hash())) {
                        return ChainStatus.broken(checked, r.seq(), ChainStatus.Problem.EDITED,
                                "record " + r.seq() + " content does not match its hash");
                    }
                    expectedPrev = r.hash();
                    expectedSeq++;
                }
            }
            ChainHead head = h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                    .map((rs, ctx) -> {
                        Long s = Sql.nullableLong(rs, "last_seq");
                        return new ChainHead(s == null ? 0 : s, rs.getString("last_hash"));
                    })
                    .one();
            long lastSeq = expectedSeq - 1;
            if (head.seq() > lastSeq) {
                return ChainStatus.broken(checked, lastSeq + 1, ChainStatus.Problem.REMOVED,
                        "chain ends at record " + lastSeq + " but its head is record " + head.seq());
            }
            if (head.seq() != lastSeq || !head.hash().equals(expectedPrev)) {
                return ChainStatus.broken(checked, Math.max(lastSeq, 1), ChainStatus.Problem.EDITED,
                        "chain head (" + head.seq() + ") does not match the last record (" + lastSeq + ")");
            }
            return ChainStatus.valid(checked);
        });
    }

    /**
     * Lists records matching a filter, one page at a time.
     *
     * @param filter criteria ({@link AuditFilter#ALL} for everything)
     * @param page offset, limit and order
     * @return the page and the total number of matches
     */
    public Page<AuditRecord> list(AuditFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        List<String> where = new ArrayList<>();
        if (filter.principal() != null) {
            where.add("principal = :principal");
        }
        if (filter.action() != null) {
            where.add("action = :action");
        }
        if (filter.subject() != null) {
            where.add("subject = :subject");
        }
        if (filter.from() != null) {
            where.add("recorded_at >= :from");
        }
        if (filter.to() != null) {
            where.add("recorded_at < :to");
        }
        String whereSql = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return jdbi.withHandle(h -> {
            Query count = bindFilter(h.createQuery("SELECT COUNT(*) FROM audit_record" + whereSql), filter);
            long total = count.mapTo(Long.class).one();
            Query q = bindFilter(h.createQuery("SELECT " + COLUMNS + " FROM audit_record" + whereSql
                    + " ORDER BY seq " + (page.newestFirst() ? "DESC" : "ASC") + " LIMIT :limit OFFSET :offset"),
                    filter);
            List<AuditRecord> items = q.bind("limit", page.limit()).bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, total);
        });
    }

    /**
     * @param seq position in the chain
     * @return the record, if stored
     */
    public Optional<AuditRecord> get(long seq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_record WHERE seq = :seq")
                .bind("seq", seq)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    private static Query bindFilter(Query q, AuditFilter f) {
        if (f.principal() != null) {
            q.bind("principal", f.principal());
        }
        if (f.action() != null) {
            q.bind("action", f.action());
        }
        if (f.subject() != null) {
            q.bind("subject", f.subject());
        }
        if (f.from() != null) {
            q.bind("from", Sql.ts(f.from()));
        }
        if (f.to() != null) {
            q.bind("to", Sql.ts(f.to()));
        }
        return q;
    }

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong("seq"),
                Sql.instant(rs, "recorded_at"),
                rs.getString("principal"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("inputs"),
                rs.getString("outputs"),
                rs.getString("regime_version"),
                splitLists(rs.getString("list_versions")),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getString("request_id"));
    }

    private static String joinLists(List<String> versions) {
        return versions.isEmpty() ? null : String.join("\n", versions);
    }

    private static List<String> splitLists(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split("\n", -1));
    }

    private record Head(Long lastSeq, String lastHash) {
    }

    /**
     * The newest record's position and hash; publish it elsewhere to anchor the chain.
     *
     * @param seq seq of the newest record, 0 when empty
     * @param hash its hash, or {@link #GENESIS_HASH} when empty
     */
    public record ChainHead(long seq, String hash) {
    }
}
