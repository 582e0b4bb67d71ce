package dev.clearance.server.api;

import dev.clearance.application.lists.ListsRequired;
import dev.clearance.application.audit.Recorder;
import dev.clearance.application.batch.BatchRunner;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.server.http.UploadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvWriter;
import dev.clearance.matching.Screener;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.batch.BatchJob;
import dev.clearance.records.batch.BatchJobs;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.application.batch.BatchInput;
import dev.clearance.server.api.response.BatchJobList;
import dev.clearance.server.api.response.BatchJobView;
import dev.clearance.server.api.response.BatchResults;
import dev.clearance.server.api.response.BatchSubmitted;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.http.UploadText;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch screening: upload a CSV ({@code id,name[,country,type,dob]}) as the request body, follow the job's progress,
 * fetch its results page by page.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' --data-binary @parties.csv \
 *      http://localhost:8080/api/screenings/batch
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/screenings/batch/$JOB
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/screenings/batch/$JOB/results?from=1&amp;limit=500&amp;hitsOnly=true"
 * curl -s -H "X-API-Key: $KEY" -o results.csv http://localhost:8080/api/screenings/batch/$JOB/results.csv
 * </pre>
 */
public final class BatchService {
    /** Columns of the CSV download; new ones are only ever added at the end. */
    static final List<String> CSV_HEADER = List.of("row", "line", "id", "name", "error", "rank", "entry_id", "list",
            "matched_name", "score", "explanation", "outcome", "review", "decision_id", "confirmed_matches",
            "missing_lists", "list_warnings", "list_version");
    private final ListCatalogue lists;
    private final BatchRunner batch;
    private final BatchJobs jobs;
    private final Recorder recorder;
    private final UploadLimits limits;

    /**
     * @param lists the loaded lists
     * @param batch the batch job runner
     * @param jobs the batch jobs
     * @param recorder the audit recorder
     * @param limits the largest upload taken, in bytes and rows
     */
    public BatchService(ListCatalogue lists, BatchRunner batch, BatchJobs jobs, Recorder recorder,
            UploadLimits limits) {
        this.lists = lists;
        this.batch = batch;
        this.jobs = jobs;
        this.recorder = recorder;
        this.limits = limits;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/screenings/batch", Role.REQUESTER, this::submit);
        r.get("/api/screenings/batch", Role.VIEWER, this::list);
        r.get("/api/screenings/batch/{id}", Role.VIEWER, this::status);
        r.get("/api/screenings/batch/{id}/results", Role.VIEWER, this::results);
        r.get("/api/screenings/batch/{id}/results.csv", Role.VIEWER, this::download);
    }

    private void submit(Context ctx) {
        Principal who = Access.principal(ctx);
        Bodies.Upload upload = Bodies.upload(ctx, limits.maxBytes());
        if (upload.isBlank()) {
            throw ApiError.badRequest("file", "empty upload: expected a CSV with header id,name[,country,type,dob]");
        }
        // Bytes not valid in the declared charset become U+FFFD, which the party validation refuses: that row is a
        // result naming its line, and every other row is still screened.
        String csv = new String(upload.bytes(), upload.charset());
        List<String> extra = List.copyOf(dev.clearance.csv.CsvTable.Columns.of(List.of(), List.of())
                .withExtra(UploadText.extraColumns(ctx)).extra());
        // results.csv carries them after its own columns: one named like those would make two columns of a name
        dev.clearance.csv.CsvTable.outputHeader(CSV_HEADER, extra);
        int rows;
        try {
            rows = BatchInput.count(csv, extra);
        } catch (CsvException e) {
            throw UploadText.refused(e);
        }
        if (rows > limits.maxRows()) {
            throw ApiError.badRequest("file", rows + " rows: more than the " + limits.maxRows()
                    + " rows one upload may have; split the file");
        }
        ListsRequired.require(lists.current());
        BatchJob job = jobs.create(BatchRunner.KIND, rows, csv, who.name(), extra);
        recorder.record(who.name(), AuditAction.BATCH_SCREENING, job.id(),
                new BatchSubmitted.Upload(rows, dev.clearance.records.lists.ListVersions.sha256(
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                new BatchSubmitted(job.id(), "QUEUED"), null, lists.current().labels());
        batch.submit(job.id(), Screener.DEFAULT_THRESHOLD);
        ctx.header("Location", "/api/screenings/batch/" + job.id());
        Json.send(ctx, 202, describe(job));
    }

    private void list(Context ctx) {
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        Json.send(ctx, 200, new BatchJobList(jobs.list(limit).stream().map(BatchService::describe)
                .toList()));
    }

    private void status(Context ctx) {
        Json.send(ctx, 200, describe(job(ctx)));
    }

    private void results(Context ctx) {
        BatchJob job = job(ctx);
        int from = Params.integer(ctx, "from", 1, 1, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 500, 1, 5000);
        boolean hitsOnly = hitsOnly(ctx);
        List<JsonNode> rows = new ArrayList<>();
        List<BatchJobs.RowResult> page = jobs.results(job.id(), from, limit + 1, hitsOnly);
        for (BatchJobs.RowResult r : page.subList(0, Math.min(limit, page.size()))) {
            rows.add(Json.tree(r.resultJson()));
        }
        // Keyset paging: the next page starts at the first row not shown (null: this is the last page so far).
        Integer next = page.size() > limit ? page.get(limit).rowNo() : null;
        Json.send(ctx, 200, new BatchResults(describe(job), from, hitsOnly,
                jobs.countResults(job.id(), hitsOnly), next, rows));
    }

    /**
     * Every stored result as CSV, streamed row by row: one line per hit, one line for a row without hits. The columns
     * after {@code explanation} say on every line what the row came to ({@code outcome}), each hit's review and the
     * decision behind it, the confirmed matches blocking the party, and the configured lists not screened against,
     * so a reviewer working from the CSV alone sees a no-hit under missing lists is not clear.
     */
    private void download(Context ctx) throws IOException {
        BatchJob job = job(ctx);
        boolean hitsOnly = hitsOnly(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"batch-" + job.id()
                + (hitsOnly ? "-hits" : "") + ".csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(writer);
        // the extra columns the upload declared come last, on every line of their row
        List<String> extra = jobs.extraColumns(job.id());
        csv.write(dev.clearance.csv.CsvTable.outputHeader(CSV_HEADER, extra));
        jobs.forEachResult(job.id(), hitsOnly, r -> {
            JsonNode row = Json.tree(r.resultJson());
            List<String> extraValues = extra.stream().map(c -> row.path("extra").path(c).asText("")).toList();
            List<String> head = List.of(Integer.toString(r.rowNo()), row.path("line").asText(""),
                    row.path("id").asText(""), row.path("name").asText(""), row.path("error").asText(""));
            List<String> confirmed = new ArrayList<>();
            row.path("confirmedMatches").forEach(d -> confirmed.add(d.path("entryId").asText() + " (decision "
                    + d.path("id").asText() + ")"));
            List<String> missing = new ArrayList<>();
            row.path("missingLists").forEach(l -> missing.add(l.asText()));
            List<String> warnings = new ArrayList<>();
            row.path("listWarnings").forEach(l -> warnings.add(l.asText()));
            try {
                JsonNode hits = row.path("hits");
                if (hits.size() == 0) {
                    csv.write(concat(concat(head, List.of("", "", "", "", "", "", row.path("outcome").asText(""), "",
                            "", String.join("; ", confirmed), String.join("; ", missing), String.join("; ", warnings),
                            "")), extraValues));
                }
                int rank = 0;
                for (JsonNode h : hits) {
                    JsonNode review = h.path("review");
                    csv.write(concat(concat(head, List.of(Integer.toString(++rank), h.path("entryId").asText(""),
                            h.path("list").asText(""), h.path("matchedName").asText(""),
                            h.path("score").asText(""), h.path("explanation").asText(""),
                            row.path("outcome").asText(""), review.path("state").asText(""),
                            review.path("decisionId").asText(""), String.join("; ", confirmed),
                            String.join("; ", missing), String.join("; ", warnings),
                            h.path("listVersion").asText(""))), extraValues));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean hitsOnly(Context ctx) {
        String v = Params.text(ctx, "hitsOnly");
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw ApiError.badRequest("hitsOnly", "expected true or false");
    }

    private BatchJob job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.get(id).orElseThrow(() -> ApiError.notFound("no batch job " + id));
    }

    static BatchJobView describe(BatchJob j) {
        return BatchJobView.of(j);
    }

}
