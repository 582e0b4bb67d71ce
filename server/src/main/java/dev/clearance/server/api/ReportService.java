package dev.clearance.server.api;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.CountryTimeline;
import dev.clearance.impact.RegimeDiff;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.records.access.Role;
import dev.clearance.regime.Countries;
import dev.clearance.regime.Regime;
import dev.clearance.report.ComparisonPage;
import dev.clearance.report.ReportText;
import dev.clearance.server.http.Language;
import dev.clearance.report.TimelinePage;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.text.Excerpt;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The impact module's views over the regimes: a country's timeline under one regime, two regimes side by side on a
 * day, and what changed in one regime between two days ({@link ImpactService} answers what a change does to an
 * uploaded order book). Pages are self-contained HTML (no scripts), rendered by the impact module.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/regimes/JP/timeline?country=KR&amp;until=2024-01-01"
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/regimes/JP/compare?with=KR&amp;date=2020-01-01"
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/regimes/JP/diff?from=2019-08-27&amp;to=2019-08-28"
 * </pre>
 */
public final class ReportService {
    private final DeterminationEngine engine;

    /**
     * @param engine the determination engine
     */
    public ReportService(DeterminationEngine engine) {
        this.engine = engine;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/regimes/{jurisdiction}/timeline", Role.VIEWER, this::timeline);
        r.get("/api/regimes/{jurisdiction}/compare", Role.VIEWER, this::compare);
        r.get("/api/regimes/{jurisdiction}/diff", Role.VIEWER, this::diff);
    }

    private void diff(Context ctx) {
        Regime regime = regime(ctx.pathParam("jurisdiction"));
        LocalDate from = dev.clearance.impact.Coverage.require(regime, required(ctx, "from"), "from");
        LocalDate to = dev.clearance.impact.Coverage.require(regime, required(ctx, "to"), "to");
        if (to.isBefore(from)) {
            throw ApiError.badRequest("to", "must not be before from (" + from + ")");
        }
        Json.send(ctx, 200, dev.clearance.impact.RegimeChangesJson.of(regime, from, to,
                RegimeDiff.between(regime, from, to)));
    }

    private static LocalDate required(Context ctx, String name) {
        LocalDate day = Params.date(ctx, name, null);
        if (day == null) {
            throw ApiError.badRequest(name, "required date (YYYY-MM-DD)");
        }
        return day;
    }

    private void timeline(Context ctx) {
        Regime regime = regime(ctx.pathParam("jurisdiction"));
        String country = Params.text(ctx, "country");
        if (country == null) {
            throw ApiError.badRequest("country", "required (ISO 3166-1 alpha-2)");
        }
        if (!Countries.isValid(country.toUpperCase(Locale.ROOT))) {
            throw ApiError.badRequest("country", "unknown ISO 3166-1 alpha-2 country code " + Excerpt.quote(country));
        }
        LocalDate until = Params.date(ctx, "until", LocalDate.now());
        String html;
        try {
            html = TimelinePage.render(CountryTimeline.of(regime, country.toUpperCase(Locale.ROOT), until),
                    ReportText.of(Language.of(ctx)));
        } catch (IllegalArgumentException e) {
            // the country is checked above: what is left is the day the timeline ends
            throw ApiError.badRequest("until", e.getMessage());
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void compare(Context ctx) {
        Regime left = regime(ctx.pathParam("jurisdiction"));
        String with = Params.text(ctx, "with");
        if (with == null) {
            throw ApiError.badRequest("with", "required: the other regime's jurisdiction");
        }
        Regime right = engine.regimes().get(with.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiError.badRequest("with", "no regime for " + with));
        if (right == left) {
            throw ApiError.badRequest("with", "compare two different regimes, not " + left.jurisdiction() + " twice");
        }
        LocalDate day = Params.date(ctx, "date", LocalDate.now());
        String html;
        try {
            html = ComparisonPage.render(RegimeComparison.of(engine, left, right, day),
                    ReportText.of(Language.of(ctx)));
        } catch (IllegalArgumentException e) {
            // the regimes are checked above: what is left is the day, outside a regime's coverage
            throw ApiError.badRequest("date", e.getMessage());
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private Regime regime(String jurisdiction) {
        String j = jurisdiction.toUpperCase(Locale.ROOT);
        return engine.regimes().get(j).orElseThrow(() -> ApiError.notFound("no regime for " + j));
    }
}
