package dev.clearance.server.api;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.records.access.Role;
import dev.clearance.regime.Fact;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeView;
import dev.clearance.regime.read.RegimeData;
import dev.clearance.server.api.response.RegimeDetail;
import dev.clearance.server.api.response.RegimeList;
import dev.clearance.server.api.response.RegimeSummary;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export-control regimes the engine applies, and what one of them says as of a date.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/regimes
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/regimes/JP?date=2019-08-28"
 * </pre>
 */
public final class RegimeService {
    private final DeterminationEngine engine;

    /**
     * @param engine the determination engine
     */
    public RegimeService(DeterminationEngine engine) {
        this.engine = engine;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/regimes", Role.VIEWER, this::list);
        r.get("/api/regimes/{jurisdiction}", Role.VIEWER, this::show);
    }

    private void list(Context ctx) {
        Json.send(ctx, 200, RegimeList.of(engine.regimes().all().stream().map(RegimeSummary::of).toList(),
                RegimeData.regions()));
    }

    private void show(Context ctx) {
        String j = ctx.pathParam("jurisdiction").toUpperCase(Locale.ROOT);
        Regime regime = engine.regimes().get(j)
                .orElseThrow(() -> ApiError.notFound("no regime for " + j));
        LocalDate day = Params.date(ctx, "date", LocalDate.now());
        if (!regime.coverage().contains(day)) {
            throw ApiError.badRequest("date", j + " regime data covers " + regime.coverage() + ", not " + day);
        }
        List<RegimeDetail.Fact> facts = new ArrayList<>();
        for (Fact f : RegimeView.facts(regime, day)) {
            facts.add(new RegimeDetail.Fact(f.section(), f.subject(), f.statement(), f.source()));
        }
        Json.send(ctx, 200, new RegimeDetail(RegimeSummary.of(regime), day, facts));
    }
}
