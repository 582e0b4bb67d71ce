package dev.clearance.server.api;

import dev.clearance.records.parties.PartyAlerts;
import dev.clearance.records.parties.AlertFilter;
import dev.clearance.records.PageRequest;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.AlertPage;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.parties.PartyJson;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Alerts on the partner master, newest first, filtered by state, list and party. An officer decides an alert through
 * {@code POST /api/decisions} with the alert's party key and entry id.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/alerts?state=OPEN&amp;list=un"
 * </pre>
 */
public final class AlertService {
    private final PartyAlerts alerts;

    /**
     * @param alerts the partner master's alerts
     */
    public AlertService(PartyAlerts alerts) {
        this.alerts = alerts;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/alerts", Role.VIEWER, this::list);
        r.get("/api/alerts/{id}", Role.VIEWER, this::get);
    }

    private void list(Context ctx) {
        String stateText = Params.text(ctx, "state");
        PartyAlert.State state = null;
        if (stateText != null) {
            try {
                state = PartyAlert.State.valueOf(stateText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("state", "expected OPEN, REVIEWED, CONFIRMED or CLOSED");
            }
        }
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        var page = alerts.list(new AlertFilter(state, Params.text(ctx, "list"), Params.text(ctx, "party")),
                new PageRequest(offset, limit, true));
        Json.send(ctx, 200, new AlertPage(page.total(), offset, page.items().stream().map(PartyJson::alert).toList()));
    }

    private void get(Context ctx) {
        long id = Params.id(ctx, "id");
        Json.send(ctx, 200, PartyJson.alert(alerts.find(id)
                .orElseThrow(() -> ApiError.notFound("no alert " + id))));
    }
}
