package dev.clearance.server.api;

import dev.clearance.server.http.UploadLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvWriter;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.BookImpact;
import dev.clearance.impact.ChangesCsv;
import dev.clearance.impact.ImpactRun;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.Scenario;
import dev.clearance.impact.ScenarioLoader;
import dev.clearance.orders.OrderReader;
import dev.clearance.records.access.Role;
import dev.clearance.regime.RegimeDataException;
import dev.clearance.regime.Regimes;
import dev.clearance.report.ImpactReportPage;
import dev.clearance.report.ReportText;
import dev.clearance.server.http.Language;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Bodies;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.http.UploadText;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What a rule change does to an uploaded order book: between two days of the regimes in use, or under a what-if
 * scenario applied to the regime it names. The answer is the self-contained HTML report, or ({@code format=csv})
 * the changed lines as {@code changes.csv} (the CLI's {@code impact --out}).
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H "Content-Type: text/csv" --data-binary @orders.csv \
 *      "http://localhost:8080/api/impact?before=2019-08-27&amp;after=2019-08-28&amp;format=csv" &gt; changes.csv
 * curl -s -H "X-API-Key: $KEY" -H "Content-Type: application/json" -d @what-if.json \
 *      "http://localhost:8080/api/impact/scenario?after=2020-01-01" &gt; report.html
 * </pre>
 */
public final class ImpactService {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Room for the scenario YAML and the JSON around the order book. */
    private static final long SCENARIO_ROOM = 1 << 20;
    private final DeterminationEngine engine;
    private final UploadLimits limits;

    /**
     * @param engine the determination engine
     * @param limits the largest upload taken, in bytes and rows
     */
    public ImpactService(DeterminationEngine engine, UploadLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/impact", Role.REQUESTER, this::betweenDays);
        r.post("/api/impact/scenario", Role.REQUESTER, this::whatIf);
    }

    private void betweenDays(Context ctx) {
        LocalDate before = required(ctx, "before");
        LocalDate after = required(ctx, "after");
        String format = format(ctx);
        Bodies.Upload upload = Bodies.upload(ctx, limits.maxBytes());
        run(ctx, new BookImpact(new ImpactSide(before.toString(), engine, before),
                new ImpactSide(after.toString(), engine, after)), upload, format);
    }

    /** A JSON body {"orders": CSV text, "scenario": YAML text}; compared on each order's date, or on {@code after}. */
    private void whatIf(Context ctx) {
        LocalDate day = Params.date(ctx, "after", null);
        String format = format(ctx);
        JsonNode body = body(Bodies.bytes(ctx, limits.maxBytes() + SCENARIO_ROOM));
        String orders = text(body, "orders");
        Regimes bundled = this.engine.regimes();
        Scenario s;
        try {
            s = ScenarioLoader.parse("scenario", text(body, "scenario").getBytes(StandardCharsets.UTF_8), bundled);
        } catch (RegimeDataException e) {
            throw ApiError.badRequest("scenario", e.getMessage());
        }
        // the sides' names head the report: in its language
        ReportText words = ReportText.of(Language.of(ctx));
        String on = day == null ? words.text("side.onEachDate") : words.text("side.on", day);
        BookImpact impact = new BookImpact(new ImpactSide(words.text("side.asItStands", s.jurisdiction(), on),
                this.engine, day), new ImpactSide(words.text("side.withScenario", s.jurisdiction(), s.title(), on),
                        new DeterminationEngine(s.applyTo(bundled)), day));
        run(ctx, impact, new Bodies.Upload(orders.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), format);
    }

    private void run(Context ctx, BookImpact impact, Bodies.Upload upload, String format) {
        UploadText.limitRows(upload, "upload", OrderReader.REQUIRED, limits.maxRows());
        StringWriter csvText = new StringWriter();
        CsvWriter csv = new CsvWriter(csvText);
        ImpactRun.Outcome run;
        try {
            run = ImpactRun.run(impact, OrderReader.open("upload", upload.stream(), upload.charset(),
                    UploadText.extraColumns(ctx)), "csv".equals(format) ? new ChangesCsv(csv) : null, e -> { },
                    lines -> { });
            csv.flush();
        } catch (CsvException e) {
            throw dev.clearance.server.http.UploadText.refused(e); // an unknown column is named, as on every upload
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("X-Clearance-Rejected-Lines", Long.toString(run.totals().rejectedLines()));
        switch (format) {
            case "csv" -> {
                ctx.header("Content-Disposition", "attachment; filename=\"changes.csv\"");
                ctx.contentType("text/csv; charset=utf-8").result(csvText.toString());
            }
            case "json" -> Json.send(ctx, 200, run.summary(impact.before().label(), impact.after().label()));
            default -> ctx.contentType("text/html; charset=utf-8").result(ImpactReportPage.render(run,
                    impact.before().label(), impact.after().label(), ReportText.of(Language.of(ctx))));
        }
    }

    private static String format(Context ctx) {
        return Params.choice(ctx, "format", "html", List.of("html", "csv", "json"));
    }

    /** The scenario request: a JSON object of exactly the known fields. */
    private static JsonNode body(byte[] bytes) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new ApiError(400, "malformed_json", "malformed JSON: " + String.valueOf(e.getMessage()).split("\n", 2)[0],
                    "body", null);
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("body", "expected a JSON object {\"orders\": CSV text, \"scenario\": YAML text}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("orders", "scenario").contains(name)) {
                throw ApiError.badRequest(name.length() > 100 ? name.substring(0, 100) : name,
                        "unknown field (expected orders and scenario)");
            }
        }
        return node;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw ApiError.badRequest(field, "required: the " + (field.equals("orders") ? "order book as CSV text"
                    : "scenario as YAML text"));
        }
        return v.asText();
    }

    private static LocalDate required(Context ctx, String name) {
        LocalDate day = Params.date(ctx, name, null);
        if (day == null) {
            throw ApiError.badRequest(name, "required date (YYYY-MM-DD)");
        }
        return day;
    }
}
