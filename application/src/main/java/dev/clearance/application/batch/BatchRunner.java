package dev.clearance.application.batch;

import dev.clearance.application.screening.DecisionView;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchJson;
import dev.clearance.matching.Screener;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.batch.BatchJob;
import dev.clearance.records.batch.BatchJobs;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.cluster.LeaseLostException;
import dev.clearance.application.cluster.ClusterSettings;
import dev.clearance.application.audit.Recorder;
import dev.clearance.application.json.JsonText;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.ScreeningOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs batch screening jobs one at a time on a background thread. Results are committed in chunks in row order, so
 * after a crash a job resumes from its first row without a result ({@link BatchJob#nextRow()}); the database's
 * uniqueness of (job, row) means a replayed chunk stores nothing twice. A job that keeps dying is failed.
 *
 * <p>Several servers on one database share the jobs: a server runs a job only while it holds the job's lease
 * ({@link BatchJobs#claim}), renews it on a heartbeat, and stores results only while it still holds it; every server
 * looks for jobs no live server holds (queued, or left by a server that died: its lease lapsed) and claims them, so
 * a job is run by one server at a time and resumed by another when its server dies.
 */
public final class BatchRunner implements AutoCloseable {
    /** Job kind stored with each job. */
    public static final String KIND = "SCREENING";
    /** A job started this many times without finishing is given up. */
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final int CHUNK = 100;
    private static final int TOP = 10;

    private final BatchJobs jobs;
    private final ListCatalogue lists;
    private final HitDecisions decisions;
    private final Recorder recorder;
    private final ClusterSettings cluster;
    private volatile boolean closing;
    private volatile String running;
    private final java.util.concurrent.atomic.AtomicLong rowsScreened = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> outcomes =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clearance-batch");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clearance-batch-lease");
        t.setDaemon(true);
        return t;
    });

    /**
     * A runner alone on its database.
     *
     * @param jobs the stored jobs
     * @param lists the lists to screen against
     * @param decisions the officers' decisions, applied to each row as to a single screening
     * @param recorder the audit recorder
     */
    public BatchRunner(BatchJobs jobs, ListCatalogue lists, HitDecisions decisions, Recorder recorder) {
        this(jobs, lists, decisions, recorder, ClusterSettings.single());
    }

    /**
     * @param jobs the stored jobs
     * @param lists the lists to screen against
     * @param decisions the officers' decisions, applied to each row as to a single screening
     * @param recorder the audit recorder
     * @param cluster this server's id and lease length
     */
    public BatchRunner(BatchJobs jobs, ListCatalogue lists, HitDecisions decisions, Recorder recorder,
            ClusterSettings cluster) {
        this.jobs = jobs;
        this.lists = lists;
        this.decisions = decisions;
        this.recorder = recorder;
        this.cluster = cluster;
    }

    /** Queues a stored job to run here, unless another server claimed it first. */
    public void submit(String jobId, double threshold) {
        queued.incrementAndGet();
        worker.execute(() -> {
            queued.decrementAndGet();
            run(jobId, threshold);
        });
    }

    /**
     * Picks up jobs a previous run left (each resumes from its first row without a result, or fails once it has
     * been tried {@value #MAX_ATTEMPTS} times), then keeps looking for jobs no live server holds and renewing the
     * lease of the job running here. Call once at startup. Alone on its database (H2) a server first lets go of
     * the leases its previous run held, so it resumes them at once; sharing one (PostgreSQL), it resumes another
     * server's job once that lease lapsed.
     *
     * @return the jobs queued to run here now
     */
    public List<String> resume() {
        if (!cluster.shared()) {
            jobs.releaseLeases(null);
        }
        List<String> found = claimFree();
        long every = Math.max(200, cluster.lease().toMillis() / 3);
        timer.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::claimFree, every, every, TimeUnit.MILLISECONDS);
        return found;
    }

    /** Queues the jobs no live server holds, when this server has nothing queued. */
    private List<String> claimFree() {
        try {
            if (closing || queued.get() > 0 || running != null) {
                return List.of();
            }
            List<String> free = jobs.claimable(5);
            free.forEach(id -> submit(id, Screener.DEFAULT_THRESHOLD));
            return free;
        } catch (RuntimeException e) {
            LOG.warn("looking for batch jobs to run failed: {}", e.toString());
            return List.of();
        }
    }

    private void heartbeat() {
        String id = running;
        try {
            if (id != null && !jobs.renewLease(id, cluster.serverId(), cluster.lease())) {
                LOG.warn("batch job {}: lease lost (another server took it over)", id);
            }
        } catch (RuntimeException e) {
            LOG.warn("batch job {}: renewing the lease failed: {}", id, e.toString());
        }
    }

    /** @return rows this server screened and committed since it started */
    public long rowsScreened() {
        return rowsScreened.get();
    }

    /** @return rows of this outcome this server screened and committed since it started */
    public long rowsScreened(ScreeningOutcome.Verdict outcome) {
        java.util.concurrent.atomic.AtomicLong n = outcomes.get(outcome.name());
        return n == null ? 0 : n.get();
    }

    /** @return the job running on this server now, or null */
    public String runningJob() {
        return running;
    }

    private void run(String jobId, double threshold) {
        if (closing) {
            return;
        }
        BatchJob job = jobs.claim(jobId, cluster.serverId(), cluster.lease()).orElse(null);
        if (job == null) {
            return; // another server holds it, or it ended
        }
        running = jobId;
        try {
            if (job.attempts() > MAX_ATTEMPTS) {
                jobs.fail(job.id(), "gave up after " + (job.attempts() - 1) + " interrupted attempts");
                record(job.id(), "FAILED", "interrupted too often", lists.current());
                return;
            }
            if (job.attempts() > 1) {
                LOG.info("resuming batch job {} at row {} of {}", job.id(), job.nextRow(), job.totalRows());
            }
            String input = jobs.input(jobId).orElseThrow();
            LoadedLists loaded = lists.current();
            List<String> caveats = lists.screeningCaveats();
            List<BatchInput.Row> chunk = new ArrayList<>();
            BatchInput.read(input, jobs.extraColumns(jobId), job.nextRow(), (row, stop) -> {
                chunk.add(row);
                if (chunk.size() >= CHUNK) {
                    commit(jobId, chunk, loaded, caveats, threshold);
                }
            });
            commit(jobId, chunk, loaded, caveats, threshold);
            BatchJob done = jobs.get(jobId).orElseThrow();
            // Audit before marking DONE: a crash in between replays the audit record rather than losing it.
            record(jobId, "DONE", done.committedRows() + " rows screened against " + loaded.labels().size()
                    + " list(s)" + (loaded.missing().isEmpty() ? "" : "; NOT screened against (not loaded): "
                    + String.join(", ", loaded.missing())), loaded);
            jobs.complete(jobId);
        } catch (LeaseLostException e) {
            LOG.warn("batch job {} stopped here: {}", jobId, e.getMessage());
        } catch (RuntimeException e) {
            if (closing) {
                LOG.info("batch job {} interrupted by shutdown; another server (or the next start) resumes it",
                        jobId);
                return;
            }
            LOG.error("batch job {} failed", jobId, e);
            if (jobs.fail(jobId, e.getMessage() == null ? e.toString() : e.getMessage())) {
                record(jobId, "FAILED", e.toString(), lists.current());
            }
        } finally {
            running = null;
        }
    }

    /** Screens a chunk of rows (their decisions read with one query), commits their results and clears it. */
    private void commit(String jobId, List<BatchInput.Row> chunk, LoadedLists loaded, List<String> caveats,
            double threshold) {
        List<BatchInput.Row> screened = chunk.stream().filter(r -> r.query() != null).toList();
        List<HitDecisions.Standing> standings = decisions.standings(
                screened.stream().map(r -> r.query().id()).toList(),
                screened.stream().map(r -> ScreeningOutcome.fingerprint(r.query())).toList());
        Map<Integer, String> results = new TreeMap<>();
        Map<String, Integer> verdicts = new java.util.HashMap<>();
        int next = 0;
        for (BatchInput.Row row : chunk) {
            HitDecisions.Standing standing = row.query() == null ? null : standings.get(next++);
            RowResult result = result(loaded, caveats, standing, row, threshold);
            verdicts.merge(result.outcome(), 1, Integer::sum);
            results.put(row.rowNo(), JsonText.write(result));
        }
        rowsScreened.addAndGet(jobs.commitResults(jobId, cluster.serverId(), results));
        verdicts.forEach((v, n) -> outcomes.computeIfAbsent(v, k -> new java.util.concurrent.atomic.AtomicLong())
                .addAndGet(n));
        chunk.clear();
    }

    /**
     * One row's result: the hits as before, each with its review; the row's outcome, alert and block as a single
     * screening's ({@link ScreeningOutcome}); and the configured lists not screened against, on every row, so a
     * no-hit under them never reads as clear, with the lists screened against an older version ({@code listWarnings}:
     * last load refused, or stale).
     */
    static RowResult result(LoadedLists loaded, List<String> caveats, HitDecisions.Standing standing,
            BatchInput.Row row, double threshold) {
        List<String> missing = loaded.missing().isEmpty() ? null : loaded.missing();
        List<String> warnings = caveats.isEmpty() ? null : caveats;
        if (row.query() == null) {
            return new RowResult.Refused(row.rowNo(), row.line(), row.extra(), row.refusal(),
                    ScreeningOutcome.Verdict.NOT_SCREENED.name(), missing, warnings);
        }
        // the row's id is the party's key: decisions made with that partyKey apply, as in a single screening
        ScreeningOutcome outcome = ScreeningOutcome.screen(loaded, standing, row.query(), threshold, TOP);
        List<RowResult.Hit> hits = new ArrayList<>();
        for (ScreeningOutcome.Hit hit : outcome.hits()) {
            Match m = hit.match();
            hits.add(new RowResult.Hit(m.entry().id(), m.entry().list(), m.matchedName(), MatchJson.round(m.score()),
                    m.explanation().render(), loaded.versionOf(m.entry()), hit.entryFingerprint(), hit.review()));
        }
        return new RowResult.Screened(row.rowNo(), row.line(), row.extra(), row.query().id(), row.query().name(), hits,
                outcome.verdict().name(), outcome.alert(), outcome.blocked(), outcome.blocked()
                ? outcome.confirmedMatches().stream().map(DecisionView::of).toList() : null, missing,
                warnings);
    }

    private void record(String jobId, String status, String note, LoadedLists loaded) {
        BatchJob job = jobs.get(jobId).orElse(null);
        JobRecorded out = new JobRecorded(status, job == null ? null : job.committedRows(), note,
                loaded.missing().isEmpty() ? null : loaded.missing());
        recorder.record(job == null ? "system" : job.createdBy(), AuditAction.BATCH_SCREENING, jobId,
                Map.of("jobId", jobId), out, null, loaded.labels());
    }

    /**
     * A batch job's step as its audit record shows it.
     *
     * @param status the job's status
     * @param rows rows committed, or null when the job is gone
     * @param note what happened, or null
     * @param missingLists configured lists not screened against; left out when none
     */
    record JobRecorded(String status, Integer rows, String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missingLists) {
    }

    /**
     * Stops taking jobs; a running job is left RUNNING and its lease let go, so another server resumes it at once
     * (or this one at its next start).
     */
    @Override
    public void close() {
        closing = true;
        timer.shutdownNow();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            jobs.releaseLeases(cluster.serverId());
        } catch (RuntimeException e) {
            LOG.warn("letting go of batch job leases failed (they lapse on their own): {}", e.toString());
        }
    }
}
