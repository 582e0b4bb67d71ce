package dev.clearance.server.api;

import dev.clearance.impact.CountryTimeline;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.records.Role;
import dev.clearance.regime.Regime;
import dev.clearance.report.ComparisonPage;
import dev.clearance.report.TimelinePage;
import dev.clearance.server.Services;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The impact module's HTML views over the regimes: a country's timeline under one regime, and two regimes side by
 * side on a day. Pages are self-contained HTML (no scripts), rendered by the impact module.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/regimes/JP/timeline?country=KR&amp;until=2024-01-01"
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/regimes/JP/compare?with=KR&amp;date=2020-01-01"
 * </pre>
 */
public final class ReportService {
    private final Services services;

    /** @param services the engines and records */
    public ReportService(Services services) {
        this.services = services;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/regimes/{jurisdiction}/timeline", Role.VIEWER, this::timeline);
        r.get("/api/regimes/{jurisdiction}/compare", Role.VIEWER, this::compare);
    }

    private void timeline(Context ctx) {
        Regime regime = regime(ctx.pathParam("jurisdiction"));
        String country = Params.text(ctx, "country");
        if (country == null) {
            throw ApiError.badRequest("country", "required (ISO 3166-1 alpha-2)");
        }
        LocalDate until = Params.date(ctx, "until", LocalDate.now());
        String html;
        try {
            html = TimelinePage.render(CountryTimeline.of(regime, country.toUpperCase(Locale.ROOT), until));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage().contains("country") ? "country" : "until", e.getMessage());
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void compare(Context ctx) {
        Regime left = regime(ctx.pathParam("jurisdiction"));
        String with = Params.text(ctx, "with");
        if (with == null) {
            throw ApiError.badRequest("with", "required: the other regime's jurisdiction");
        }
        Regime right = services.engine().regimes().get(with.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiError.badRequest("with", "no regime for " + with));
        LocalDate day = Params.date(ctx, "date", LocalDate.now());
        String html;
        try {
            html = ComparisonPage.render(RegimeComparison.of(services.engine(), left, right, day));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage().contains("twice") ? "with" : "date", e.getMessage());
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private Regime regime(String jurisdiction) {
        String j = jurisdiction.toUpperCase(Locale.ROOT);
        return services.engine().regimes().get(j).orElseThrow(() -> ApiError.notFound("no regime for " + j));
    }
}
