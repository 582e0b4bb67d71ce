package dev.clearance.server.api;

import dev.clearance.server.http.UploadLimits;
import dev.clearance.csv.CsvException;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.OfficeWorkload;
import dev.clearance.impact.WorkloadEstimate;
import dev.clearance.impact.WorkloadSettings;
import dev.clearance.records.access.Role;
import dev.clearance.report.WorkloadReportPage;
import dev.clearance.report.ReportText;
import dev.clearance.server.http.Language;
import dev.clearance.server.api.response.WorkloadAnswer;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The licensing office's workload of a rule change over an uploaded order book: applications by route, review days
 * and officer-days before and after, and with {@code officers} the backlog. JSON by default, the HTML report with
 * {@code format=html}.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' --data-binary @examples/orders.csv \
 *      "http://localhost:8080/api/workload?before=2019-09-17&amp;after=2019-09-18&amp;from=KR&amp;officers=2"
 * </pre>
 */
public final class WorkloadService {
    private final DeterminationEngine engine;
    private final UploadLimits limits;

    /**
     * @param engine the determination engine
     * @param limits the largest upload taken, in bytes and rows
     */
    public WorkloadService(DeterminationEngine engine, UploadLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    /** Registers the route. */
    public void routing(Routing r) {
        r.post("/api/workload", Role.REQUESTER, this::workload);
    }

    private void workload(Context ctx) {
        LocalDate before = day(ctx, "before");
        LocalDate after = day(ctx, "after");
        WorkloadSettings settings;
        try {
            settings = new WorkloadSettings(minutes(Params.text(ctx, "minutes")), Params.integer(ctx,
                    "officerDayMinutes", 480, 1, 1440), Params.integer(ctx, "workingDaysPerMonth", 21, 1, 31),
                    ctx.queryParam("officers") == null ? null : Params.integer(ctx, "officers", 1, 1, 100_000),
                    upper(Params.text(ctx, "from")), upper(Params.text(ctx, "to")));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("officers", e.getMessage());
        }
        String format = Params.text(ctx, "format");
        if (format != null && !format.equals("json") && !format.equals("html")) {
            throw ApiError.badRequest("format", "expected json or html");
        }
        String csv = Bodies.text(ctx, limits.maxBytes());
        List<String> problems = new ArrayList<>();
        WorkloadEstimate e;
        try {
            e = new OfficeWorkload(new ImpactSide(before.toString(), engine, before),
                    new ImpactSide(after.toString(), engine, after), settings)
                    .run("upload", new StringReader(csv), (CsvException p) -> problems.add(p.getMessage()));
        } catch (CsvException ex) {
            throw dev.clearance.server.http.UploadText.refused(ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ctx.header("X-Clearance-Rejected-Lines", Long.toString(e.rejected()));
        if ("html".equals(format)) {
            ctx.contentType("text/html; charset=utf-8").result(WorkloadReportPage.render(e,
                    ReportText.of(Language.of(ctx))));
            return;
        }
        Json.send(ctx, 200, new WorkloadAnswer(e.json(), problems.size() > 100 ? problems.subList(0, 100)
                : problems));
    }

    /** {@code INDIVIDUAL=120,COMPREHENSIVE=480}. */
    private static Map<String, Integer> minutes(String text) {
        Map<String, Integer> m = new LinkedHashMap<>();
        if (text == null) {
            return m;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            int value = -1;
            try {
                value = eq < 0 ? -1 : Integer.parseInt(part.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (eq <= 0 || value <= 0) {
                throw ApiError.badRequest("minutes", "expected ROUTE=MINUTES,... with positive minutes: '"
                        + (part.length() > 200 ? part.substring(0, 200) : part) + "'");
            }
            m.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), value);
        }
        return m;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static LocalDate day(Context ctx, String name) {
        LocalDate day = Params.date(ctx, name, null);
        if (day == null) {
            throw ApiError.badRequest(name, "required date (YYYY-MM-DD)");
        }
        return day;
    }
}
