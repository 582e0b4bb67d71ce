package dev.clearance.server.batch;

import dev.clearance.matching.Match;
import dev.clearance.matching.MatchJson;
import dev.clearance.matching.Screener;
import dev.clearance.records.AuditAction;
import dev.clearance.records.BatchJob;
import dev.clearance.records.BatchJobs;
import dev.clearance.records.HitDecisions;
import dev.clearance.server.audit.Recorder;
import dev.clearance.server.http.Json;
import dev.clearance.server.lists.ListCatalogue;
import dev.clearance.server.lists.LoadedLists;
import dev.clearance.server.screening.ScreeningOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs batch screening jobs one at a time on a background thread. Results are committed in chunks in row order, so
 * after a crash a job resumes from its first row without a result ({@link BatchJob#nextRow()}); the database's
 * uniqueness of (job, row) means a replayed chunk stores nothing twice. A job that keeps dying is failed.
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
    private volatile boolean closing;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clearance-batch");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param jobs the stored jobs
     * @param lists the lists to screen against
     * @param decisions the officers' decisions, applied to each row as to a single screening
     * @param recorder the audit recorder
     */
    public BatchRunner(BatchJobs jobs, ListCatalogue lists, HitDecisions decisions, Recorder recorder) {
        this.jobs = jobs;
        this.lists = lists;
        this.decisions = decisions;
        this.recorder = recorder;
    }

    /** Queues a stored job to run. */
    public void submit(String jobId, double threshold) {
        worker.execute(() -> run(jobId, threshold));
    }

    /**
     * Picks up jobs a previous process left: each resumes from its first row without a result, or fails once it
     * has been tried {@value #MAX_ATTEMPTS} times. Call once at startup.
     *
     * @return the jobs picked up
     */
    public List<BatchJob> resume() {
        List<BatchJob> found = jobs.claimResumable();
        for (BatchJob job : found) {
            if (job.attempts() > MAX_ATTEMPTS) {
                jobs.fail(job.id(), "gave up after " + (job.attempts() - 1) + " interrupted attempts");
                record(job.id(), "FAILED", "interrupted too often", lists.current());
            } else {
                LOG.info("resuming batch job {} at row {} of {}", job.id(), job.nextRow(), job.totalRows());
                submit(job.id(), Screener.DEFAULT_THRESHOLD);
            }
        }
        return found;
    }

    private void run(String jobId, double threshold) {
        try {
            BatchJob job = jobs.get(jobId).orElseThrow();
            if (job.status() == BatchJob.Status.QUEUED && !jobs.start(jobId)) {
                return;
            }
            if (job.status() == BatchJob.Status.DONE || job.status() == BatchJob.Status.FAILED) {
                return;
            }
            job = jobs.get(jobId).orElseThrow();
            String input = jobs.input(jobId).orElseThrow();
            LoadedLists loaded = lists.current();
            List<String> caveats = lists.screeningCaveats();
            List<BatchInput.Row> chunk = new ArrayList<>();
            BatchInput.read(input, job.nextRow(), (row, stop) -> {
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
        } catch (RuntimeException e) {
            if (closing) {
                LOG.info("batch job {} interrupted by shutdown; it resumes at the next start", jobId);
                return;
            }
            LOG.error("batch job {} failed", jobId, e);
            if (jobs.fail(jobId, e.getMessage() == null ? e.toString() : e.getMessage())) {
                record(jobId, "FAILED", e.toString(), lists.current());
            }
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
        int next = 0;
        for (BatchInput.Row row : chunk) {
            HitDecisions.Standing standing = row.query() == null ? null : standings.get(next++);
            results.put(row.rowNo(), Json.write(result(loaded, caveats, standing, row, threshold)));
        }
        jobs.commitResults(jobId, results);
        chunk.clear();
    }

    /**
     * One row's result: the hits as before, each with its review; the row's outcome, alert and block as a single
     * screening's ({@link ScreeningOutcome}); and the configured lists not screened against, on every row, so a
     * no-hit under them never reads as clear, with the lists screened against an older version ({@code listWarnings}:
     * last load refused, or stale).
     */
    static Map<String, Object> result(LoadedLists loaded, List<String> caveats, HitDecisions.Standing standing,
            BatchInput.Row row, double threshold) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("row", row.rowNo());
        r.put("line", row.line());
        if (row.query() == null) {
            r.put("error", row.refusal());
            r.put("outcome", ScreeningOutcome.Verdict.NOT_SCREENED.name());
            missing(r, loaded, caveats);
            return r;
        }
        r.put("id", row.query().id());
        r.put("name", row.query().name());
        // the row's id is the party's key: decisions made with that partyKey apply, as in a single screening
        ScreeningOutcome outcome = ScreeningOutcome.screen(loaded, standing, row.query(), threshold, TOP);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (ScreeningOutcome.Hit hit : outcome.hits()) {
            Match m = hit.match();
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("entryId", m.entry().id());
            h.put("list", m.entry().list());
            h.put("matchedName", m.matchedName());
            h.put("score", MatchJson.round(m.score()));
            h.put("explanation", m.explanation().render());
            h.put("listVersion", loaded.versionOf(m.entry()));
            h.put("entryFingerprint", hit.entryFingerprint());
            h.put("review", hit.review());
            hits.add(h);
        }
        r.put("hits", hits);
        r.put("outcome", outcome.verdict().name());
        r.put("alert", outcome.alert());
        r.put("blocked", outcome.blocked());
        if (outcome.blocked()) {
            r.put("confirmedMatches", outcome.confirmedMatches().stream().map(ScreeningOutcome::describe).toList());
        }
        missing(r, loaded, caveats);
        return r;
    }

    private static void missing(Map<String, Object> r, LoadedLists loaded, List<String> caveats) {
        if (!loaded.missing().isEmpty()) {
            r.put("missingLists", loaded.missing());
        }
        if (!caveats.isEmpty()) {
            r.put("listWarnings", caveats);
        }
    }

    private void record(String jobId, String status, String note, LoadedLists loaded) {
        BatchJob job = jobs.get(jobId).orElse(null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("rows", job == null ? null : job.committedRows());
        out.put("note", note);
        if (!loaded.missing().isEmpty()) {
            out.put("missingLists", loaded.missing());
        }
        recorder.record(job == null ? "system" : job.createdBy(), AuditAction.BATCH_SCREENING, jobId,
                Map.of("jobId", jobId), out, null, loaded.labels());
    }

    /** Stops taking jobs; a running job is left RUNNING and resumes at the next start. */
    @Override
    public void close() {
        closing = true;
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
