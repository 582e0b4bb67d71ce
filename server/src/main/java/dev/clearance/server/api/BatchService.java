package dev.clearance.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvWriter;
import dev.clearance.matching.Screener;
import dev.clearance.records.AuditAction;
import dev.clearance.records.BatchJob;
import dev.clearance.records.BatchJobs;
import dev.clearance.records.Principal;
import dev.clearance.records.Role;
import dev.clearance.server.api.response.BatchJobList;
import dev.clearance.server.api.response.BatchJobView;
import dev.clearance.server.api.response.BatchResults;
import dev.clearance.server.api.response.BatchSubmitted;
import dev.clearance.server.services.Services;
import dev.clearance.server.batch.BatchInput;
import dev.clearance.server.batch.BatchRunner;
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
    private final Services services;

    /** @param services the engines and records */
    public BatchService(Services services) {
        this.services = services;
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
        Bodies.Upload upload = Bodies.upload(ctx, services.maxUploadBytes());
        if (upload.isBlank()) {
            throw ApiError.badRequest("file", "empty upload: expected a CSV with header id,name[,country,type,dob]");
        }
        // Bytes not valid in the declared charset become U+FFFD, which the party validation refuses: that row is a
        // result naming its line, and every other row is still screened.
        String csv = new String(upload.bytes(), upload.charset());
        int rows;
        try {
            rows = BatchInput.count(csv);
        } catch (CsvException e) {
            throw UploadText.refused(e);
        }
        if (rows > services.maxUploadRows()) {
            throw ApiError.badRequest("file", rows + " rows: more than the " + services.maxUploadRows()
                    + " rows one upload may have; split the file");
        }
        ListsRequired.require(services.lists().current());
        BatchJob job = services.jobs().create(BatchRunner.KIND, rows, csv, who.name());
        services.recorder().record(who.name(), AuditAction.BATCH_SCREENING, job.id(),
                new BatchSubmitted.Upload(rows, dev.clearance.records.ListVersions.sha256(
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                new BatchSubmitted(job.id(), "QUEUED"), null, services.lists().current().labels());
        services.batch().submit(job.id(), Screener.DEFAULT_THRESHOLD);
        ctx.header("Location", "/api/screenings/batch/" + job.id());
        Json.send(ctx, 202, describe(job));
    }

    private void list(Context ctx) {
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        Json.send(ctx, 200, new BatchJobList(services.jobs().list(limit).stream().map(BatchService::describe)
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
        List<BatchJobs.RowResult> page = services.jobs().results(job.id(), from, limit + 1, hitsOnly);
        for (BatchJobs.RowResult r : page.subList(0, Math.min(limit, page.size()))) {
            rows.add(Json.tree(r.resultJson()));
        }
        // Keyset paging: the next page starts at the first row not shown (null: this is the last page so far).
        Integer next = page.size() > limit ? page.get(limit).rowNo() : null;
        Json.send(ctx, 200, new BatchResults(describe(job), from, hitsOnly,
                services.jobs().countResults(job.id(), hitsOnly), next, rows));
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
        csv.write(CSV_HEADER);
        services.jobs().forEachResult(job.id(), hitsOnly, r -> {
            JsonNode row = Json.tree(r.resultJson());
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
                    csv.write(concat(head, List.of("", "", "", "", "", "", row.path("outcome").asText(""), "", "",
                            String.join("; ", confirmed), String.join("; ", missing), String.join("; ", warnings),
                            "")));
                }
                int rank = 0;
                for (JsonNode h : hits) {
                    JsonNode review = h.path("review");
                    csv.write(concat(head, List.of(Integer.toString(++rank), h.path("entryId").asText(""),
                            h.path("list").asText(""), h.path("matchedName").asText(""),
                            h.path("score").asText(""), h.path("explanation").asText(""),
                            row.path("outcome").asText(""), review.path("state").asText(""),
                            review.path("decisionId").asText(""), String.join("; ", confirmed),
                            String.join("; ", missing), String.join("; ", warnings),
                            h.path("listVersion").asText(""))));
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
        return services.jobs().get(id).orElseThrow(() -> ApiError.notFound("no batch job " + id));
    }

    static BatchJobView describe(BatchJob j) {
        return BatchJobView.of(j);
    }

}
