package dev.clearance.records.batch;

import dev.clearance.records.Database;
import dev.clearance.records.Sql;
import dev.clearance.records.cluster.LeaseLostException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Screening batch jobs that survive a crash: the uploaded input and every row's result are stored in the database,
 * results are committed in chunks in row order, and {@code UNIQUE(job_id, row_no)} means a resumed job cannot store
 * a row twice. On startup the service calls {@link #claimResumable()} and continues each job from
 * {@link BatchJob#nextRow()} (or fails it with {@link #fail}).
 */
public final class BatchJobs {

    private static final String JOB_COLUMNS = "j.id, j.kind, j.status, j.total_rows, j.created_by, j.created_at, "
            + "j.started_at, j.finished_at, j.attempts, j.error, "
            + "(SELECT COUNT(*) FROM batch_result r WHERE r.job_id = j.id) AS committed_rows";

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public BatchJobs(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of job times
     */
    public BatchJobs(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Submits a job (status QUEUED).
     *
     * @param kind job kind
     * @param totalRows number of input rows
     * @param input the uploaded input (e.g. CSV text), stored as is
     * @param createdBy who submitted it
     * @return the job
     */
    public BatchJob create(String kind, int totalRows, String input, String createdBy) {
        return create(kind, totalRows, input, createdBy, List.of());
    }

    /**
     * As {@link #create(String, int, String, String)}, with the extra columns the upload declared (carried through
     * to the results unread).
     *
     * @param extraColumns the declared extra columns' names (none containing a comma)
     */
    public BatchJob create(String kind, int totalRows, String input, String createdBy, List<String> extraColumns) {
        Objects.requireNonNull(kind, "kind");
        if (extraColumns.stream().anyMatch(c -> c.contains(","))) {
            throw new IllegalArgumentException("an extra column's name cannot hold a comma");
        }
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(createdBy, "createdBy");
        if (totalRows < 0) {
            throw new IllegalArgumentException("totalRows must not be negative");
        }
        String id = UUID.randomUUID().toString();
        Instant now = now();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO batch_job (id, kind, status, total_rows, created_by, "
                        + "created_at, input_text, extra_columns) VALUES (:id, :kind, 'QUEUED', :total, :by, :at, "
                        + ":input, :extra)")
                .bind("extra", extraColumns.isEmpty() ? null : String.join(",", extraColumns))
                .bind("id", id)
                .bind("kind", kind)
                .bind("total", totalRows)
                .bind("by", createdBy)
                .bind("at", Sql.ts(now))
                .bind("input", input)
                .execute());
        return get(id).orElseThrow();
    }

    /**
     * @param id job id
     * @return the job with its committed row count
     */
    public Optional<BatchJob> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job j WHERE j.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    /**
     * @param id job id
     * @return the extra columns its upload declared, in order; empty when none (or no such job)
     */
    public List<String> extraColumns(String id) {
        String stored = jdbi.withHandle(h -> h.createQuery("SELECT extra_columns FROM batch_job WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findFirst().orElse(null));
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    /**
     * @param id job id
     * @return the stored input
     */
    public Optional<String> input(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT input_text FROM batch_job WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne());
    }

    /**
     * Moves a QUEUED job to RUNNING and counts the attempt.
     *
     * @param id job id
     * @return false if the job was not QUEUED (e.g. another worker took it)
     */
    public boolean start(String id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE batch_job SET status = 'RUNNING', attempts = attempts + 1, "
                        + "started_at = :at WHERE id = :id AND status = 'QUEUED'")
                .bind("at", Sql.ts(now()))
                .bind("id", id)
                .execute()) == 1;
    }

    /**
     * Jobs to pick up after a restart: every RUNNING job (left by a process that died) gets its attempt counter
     * raised and is returned with its committed rows; QUEUED jobs are returned too. Call once at startup, before
     * workers run.
     *
     * @return resumable jobs, oldest first
     */
    public List<BatchJob> claimResumable() {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE batch_job SET attempts = attempts + 1 WHERE status = 'RUNNING'").execute();
            return h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job j WHERE j.status IN ('RUNNING', 'QUEUED') "
                            + "ORDER BY j.created_at, j.id")
                    .map((rs, ctx) -> map(rs))
                    .list();
        });
    }

    /**
     * Jobs no live server holds: QUEUED, or RUNNING with no owner or a lapsed lease (its server died or stopped).
     *
     * @param limit at most this many
     * @return their ids, oldest first
     */
    public List<String> claimable(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM batch_job WHERE status IN ('QUEUED', 'RUNNING') "
                        + "AND (owner IS NULL OR lease_until < :now) ORDER BY created_at, id LIMIT :limit")
                .bind("now", Sql.ts(now())).bind("limit", limit).mapTo(String.class).list());
    }

    /**
     * Takes a job no live server holds ({@link #claimable}) for {@code owner} until {@code ttl} from now, moving it
     * to RUNNING and counting the attempt. One conditional UPDATE: of servers claiming at once, one gets it.
     *
     * @param id job id
     * @param owner the claiming server's id
     * @param ttl how long the lease lasts unless renewed ({@link #renewLease})
     * @return the claimed job, or empty when another server holds it or it has ended
     */
    public Optional<BatchJob> claim(String id, String owner, java.time.Duration ttl) {
        Instant now = now();
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE batch_job SET status = 'RUNNING', owner = :owner, "
                        + "lease_until = :until, attempts = attempts + 1, started_at = COALESCE(started_at, :now) "
                        + "WHERE id = :id AND status IN ('QUEUED', 'RUNNING') "
                        + "AND (owner IS NULL OR lease_until < :now)")
                .bind("owner", owner).bind("until", Sql.ts(now.plus(ttl))).bind("now", Sql.ts(now))
                .bind("id", id).execute());
        return n == 1 ? get(id) : Optional.empty();
    }

    /**
     * Extends the lease of a job its owner still holds (the owner's heartbeat).
     *
     * @return false when the owner lost the job (its lease lapsed and another server took it) or it ended
     */
    public boolean renewLease(String id, String owner, java.time.Duration ttl) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE batch_job SET lease_until = :until "
                        + "WHERE id = :id AND owner = :owner AND status = 'RUNNING'")
                .bind("until", Sql.ts(now().plus(ttl))).bind("id", id).bind("owner", owner).execute()) == 1;
    }

    /**
     * Lets go of every lease an owner holds (it stops), so another server resumes those jobs at once; with
     * {@code owner} null, of every lease (a single server starting on its own database: no other can hold one).
     *
     * @return how many jobs were let go
     */
    public int releaseLeases(String owner) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE batch_job SET owner = NULL, lease_until = NULL "
                        + "WHERE status IN ('QUEUED', 'RUNNING')" + (owner == null ? "" : " AND owner = :owner"))
                .bindMap(owner == null ? Map.of() : Map.of("owner", owner)).execute());
    }

    /** @return how many jobs have this status */
    public long countByStatus(String status) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_job WHERE status = :s")
                .bind("s", status).mapTo(Long.class).one());
    }

    /** @return rows of QUEUED and RUNNING jobs without a result yet (the work left, every server's) */
    public long pendingRows() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(j.total_rows - (SELECT COUNT(*) FROM "
                        + "batch_result r WHERE r.job_id = j.id)), 0) FROM batch_job j "
                        + "WHERE j.status IN ('QUEUED', 'RUNNING')")
                .mapTo(Long.class).one());
    }

    /** @return the server holding the job's lease, if any */
    public Optional<String> owner(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT owner FROM batch_job WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().flatMap(Optional::ofNullable));
    }

    /**
     * As {@link #commitResults(String, Map)}, only while {@code owner} holds the job: a server that lost its lease
     * (it stalled past it and another took over) stores nothing more.
     *
     * @throws LeaseLostException when another server holds the job now
     */
    public int commitResults(String id, String owner, Map<Integer, String> results) {
        return jdbi.inTransaction(h -> {
            String holder = h.createQuery("SELECT owner FROM batch_job WHERE id = :id FOR UPDATE").bind("id", id)
                    .mapTo(String.class).findOne().orElse(null);
            if (!owner.equals(holder)) {
                throw new LeaseLostException("batch job " + id, holder);
            }
            return insertResults(h, id, results);
        });
    }

    /**
     * Commits results for consecutive or scattered rows in one transaction. Rows already stored are skipped (not
     * overwritten), so replaying a chunk after a crash is harmless.
     *
     * @param id job id
     * @param results row number (from 1) to result JSON
     * @return how many rows were newly stored
     */
    public int commitResults(String id, Map<Integer, String> results) {
        if (results.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> insertResults(h, id, results));
    }

    private static int insertResults(Handle h, String id, Map<Integer, String> results) {
        if (results.isEmpty()) {
            return 0;
        }
        int total = requireRunning(h, id);
        for (int row : results.keySet()) {
            if (row < 1 || row > total) {
                throw new IllegalArgumentException("row " + row + " is outside 1.." + total);
            }
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO batch_result (job_id, row_no, result) "
                + "VALUES (:job, :row, :result) ON CONFLICT DO NOTHING");
        results.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                batch.bind("job", id).bind("row", e.getKey()).bind("result", e.getValue()).add());
        int stored = 0;
        for (int n : batch.execute()) {
            stored += Math.max(n, 0);
        }
        return stored;
    }

    /**
     * Stores one row's result.
     *
     * @param id job id
     * @param rowNo row number, from 1
     * @param resultJson the row's result
     * @return false if that row already had a result (kept as it was)
     */
    public boolean commitResult(String id, int rowNo, String resultJson) {
        return commitResults(id, Map.of(rowNo, resultJson)) == 1;
    }

    /**
     * @param id job id
     * @param fromRow first row number, from 1
     * @param limit at most this many rows
     * @return results in row order
     */
    public List<RowResult> results(String id, int fromRow, int limit) {
        return results(id, fromRow, limit, false);
    }

    /**
     * Result JSON of a screening row with no hit, as the batch runner writes it; rows without it have hits or could
     * not be screened (an error), and both need a look. Quotes inside JSON strings are escaped, so a value cannot
     * contain it.
     */
    static final String NO_HITS = "%\"hits\":[]%";
    /** Result JSON carrying an outcome (rows written since outcomes exist); older rows are judged by hits alone. */
    static final String HAS_OUTCOME = "%\"outcome\":%";
    /** Result JSON of a row clear of any hit with every configured list screened against. */
    static final String NO_HIT_OUTCOME = "%\"outcome\":\"NO_HIT\"%";
    /**
     * Rows needing a look: with hits, with an error, or without hits but not clear (blocked by a confirmed match,
     * or configured lists not screened against).
     */
    private static final String NEEDS_ATTENTION = " AND NOT (result LIKE :none AND (result NOT LIKE :hasOutcome"
            + " OR result LIKE :noHit))";
    private static final Map<String, Object> ATTENTION_BINDINGS = Map.of("none", NO_HITS, "hasOutcome", HAS_OUTCOME,
            "noHit", NO_HIT_OUTCOME);

    /**
     * @param id job id
     * @param fromRow first row number, from 1
     * @param limit at most this many rows
     * @param needingAttention only rows needing a look: hits, an error, a block, or lists not screened against
     * @return results in row order
     */
    public List<RowResult> results(String id, int fromRow, int limit, boolean needingAttention) {
        return jdbi.withHandle(h -> h.createQuery("SELECT row_no, result FROM batch_result WHERE job_id = :id "
                        + "AND row_no >= :from" + (needingAttention ? NEEDS_ATTENTION : "")
                        + " ORDER BY row_no LIMIT :limit")
                .bind("id", id)
                .bind("from", fromRow)
                .bind("limit", limit)
                .bindMap(needingAttention ? ATTENTION_BINDINGS : Map.of())
                .map((rs, ctx) -> new RowResult(rs.getInt("row_no"), rs.getString("result")))
                .list());
    }

    /**
     * @param id job id
     * @param needingAttention count only rows needing a look (see {@link #results(String, int, int, boolean)})
     * @return how many results are stored
     */
    public long countResults(String id, boolean needingAttention) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_result WHERE job_id = :id"
                        + (needingAttention ? NEEDS_ATTENTION : ""))
                .bind("id", id)
                .bindMap(needingAttention ? ATTENTION_BINDINGS : Map.of())
                .mapTo(Long.class)
                .one());
    }

    /**
     * Streams every stored result in row order without holding them all in memory.
     *
     * @param id job id
     * @param needingAttention only rows needing a look: hits, an error, a block, or lists not screened against
     * @param each called per row, in row order
     */
    public void forEachResult(String id, boolean needingAttention, Consumer<RowResult> each) {
        jdbi.useHandle(h -> {
            try (Stream<RowResult> rows = h.createQuery("SELECT row_no, result FROM batch_result WHERE job_id = :id"
                            + (needingAttention ? NEEDS_ATTENTION : "") + " ORDER BY row_no")
                    .bind("id", id)
                    .bindMap(needingAttention ? ATTENTION_BINDINGS : Map.of())
                    .setFetchSize(500)
                    .map((rs, ctx) -> new RowResult(rs.getInt("row_no"), rs.getString("result")))
                    .stream()) {
                rows.forEach(each);
            }
        });
    }

    /**
     * Marks a RUNNING job DONE.
     *
     * @param id job id
     * @return false if it was not RUNNING
     * @throws IllegalStateException if rows are still missing results
     */
    public boolean complete(String id) {
        return jdbi.inTransaction(h -> {
            BatchJob job = h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job j WHERE j.id = :id")
                    .bind("id", id).map((rs, ctx) -> map(rs)).findOne()
                    .orElseThrow(() -> new IllegalArgumentException("no batch job " + id));
            if (job.committedRows() < job.totalRows()) {
                throw new IllegalStateException("job " + id + " has " + job.committedRows() + " of "
                        + job.totalRows() + " rows");
            }
            return h.createUpdate("UPDATE batch_job SET status = 'DONE', finished_at = :at "
                            + "WHERE id = :id AND status = 'RUNNING'")
                    .bind("at", Sql.ts(now())).bind("id", id).execute() == 1;
        });
    }

    /**
     * Marks a QUEUED or RUNNING job FAILED.
     *
     * @param id job id
     * @param error why
     * @return false if it had already ended
     */
    public boolean fail(String id, String error) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE batch_job SET status = 'FAILED', finished_at = :at, "
                        + "error = :error WHERE id = :id AND status IN ('QUEUED', 'RUNNING')")
                .bind("at", Sql.ts(now())).bind("error", error).bind("id", id).execute()) == 1;
    }

    /**
     * @param limit at most this many
     * @return jobs, newest first
     */
    public List<BatchJob> list(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + JOB_COLUMNS + " FROM batch_job j "
                        + "ORDER BY j.created_at DESC, j.id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    private static int requireRunning(Handle h, String id) {
        Map.Entry<String, Integer> job = h.createQuery("SELECT status, total_rows FROM batch_job WHERE id = :id "
                        + "FOR UPDATE")
                .bind("id", id).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no batch job " + id));
        if (!"RUNNING".equals(job.getKey())) {
            throw new IllegalStateException("batch job " + id + " is " + job.getKey() + ", not RUNNING");
        }
        return job.getValue();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static BatchJob map(ResultSet rs) throws SQLException {
        return new BatchJob(rs.getString("id"), rs.getString("kind"), BatchJob.Status.valueOf(rs.getString("status")),
                rs.getInt("total_rows"), rs.getInt("committed_rows"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"),
                rs.getInt("attempts"), rs.getString("error"));
    }

    /**
     * One input row's stored result.
     *
     * @param rowNo row number, from 1
     * @param resultJson its result
     */
    public record RowResult(int rowNo, String resultJson) {
    }
}
