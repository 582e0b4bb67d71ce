package dev.clearance.server.api;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.server.api.response.Health;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Routing;
import dev.clearance.application.lists.ListState;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the service can answer fully: {@code ok}, or {@code degraded} with every reason (no list loaded, a list
 * missing, a refused load, a list stale, a listener of list changes such as the partner master's re-screening
 * failing). Any role may ask (a monitor uses a viewer key): the reasons name files
 * and URLs, which are not for the public.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/health
 * </pre>
 */
public final class HealthService {
    private final ListCatalogue lists;

    /**
     * @param lists the loaded lists
     */
    public HealthService(ListCatalogue lists) {
        this.lists = lists;
    }

    /** Registers the route. */
    public void routing(Routing r) {
        r.get("/api/health", dev.clearance.records.access.Role.VIEWER, this::health);
    }

    private void health(Context ctx) {
        List<String> reasons = new ArrayList<>();
        List<ListState> states = lists.states();
        if (lists.current().isEmpty()) {
            reasons.add("no list loaded: screenings answer 503 no_lists");
        }
        for (ListState s : states) {
            switch (s.state()) {
                case ListState.MISSING -> reasons.add("list " + s.name() + " is not loaded"
                        + (s.lastRefusal() == null ? "" : ": " + String.join("; ", s.lastRefusal().reasons())));
                case ListState.REFUSED_LOAD -> reasons.add("list " + s.name() + ": last load refused ("
                        + String.join("; ", s.lastRefusal().reasons()) + "); serving " + s.version().label());
                default -> {
                }
            }
            if (s.stale()) {
                reasons.add("list " + s.name() + " is stale: last confirmed " + s.confirmedAt()
                        + ", older than " + lists.settings().maxAge());
            }
        }
        for (ListCatalogue.ListenerFailure f : lists.listenerFailures()) {
            reasons.add(f.listener() + " failed after list " + f.list() + " version " + f.version() + " (since "
                    + f.firstFailedAt() + ", " + f.attempts() + " attempt(s), " + f.pending()
                    + " list change(s) pending): " + f.reason() + "; until it goes through, parties not screened "
                    + "against the lists in use show UNSCREENED; retried on the next list change and on a timer");
        }
        Json.send(ctx, 200, new Health(reasons.isEmpty() ? "ok" : "degraded", reasons,
                states.stream().map(ListService::state).toList()));
    }
}
