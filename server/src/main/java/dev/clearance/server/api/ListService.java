package dev.clearance.server.api;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.records.lists.ListArchive;
import dev.clearance.records.lists.ListVersion;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.ListDelta;
import dev.clearance.server.api.response.ListHistory;
import dev.clearance.server.api.response.ListLoadReport;
import dev.clearance.server.api.response.ListRefusalView;
import dev.clearance.server.api.response.ListStateView;
import dev.clearance.server.api.response.ListVersionView;
import dev.clearance.server.api.response.ListsInUse;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Routing;
import dev.clearance.application.lists.ListState;
import dev.clearance.application.lists.LoadedLists;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The restricted-party lists in use with the state of each, every version ever loaded and every refused load, a
 * reload of the lists file, an update from the lists' sources, and each version's delta.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/lists
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/lists/versions
 * curl -s -X POST -H "X-API-Key: $ADMIN_KEY" http://localhost:8080/api/lists/reload
 * curl -s -X POST -H "X-API-Key: $ADMIN_KEY" http://localhost:8080/api/lists/update
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/lists/un/versions/3/delta
 * </pre>
 */
public final class ListService {
    private final ListCatalogue lists;
    private final ListVersions listVersions;

    /**
     * @param lists the loaded lists
     * @param listVersions the list load history
     */
    public ListService(ListCatalogue lists, ListVersions listVersions) {
        this.lists = lists;
        this.listVersions = listVersions;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/lists", Role.VIEWER, this::current);
        r.get("/api/lists/versions", Role.VIEWER, this::history);
        r.post("/api/lists/reload", Role.ADMIN, ctx -> load(ctx, false));
        r.post("/api/lists/update", Role.ADMIN, ctx -> load(ctx, true));
        r.get("/api/lists/{name}/versions/{version}/delta", Role.VIEWER, this::delta);
    }

    private void current(Context ctx) {
        LoadedLists loaded = lists.current();
        Json.send(ctx, 200, new ListsInUse(String.valueOf(lists.configFile()), loaded.entryCount(),
                lists.states().stream().map(ListService::state).toList(), loaded.missing()));
    }

    /** @return one list's state as the API shows it */
    static ListStateView state(ListState s) {
        // The version's fields at the top (as before states existed; its name, format and location win), then the
        // state.
        ListVersion v = s.version();
        return new ListStateView(v == null ? s.name() : v.sourceName(), v == null ? s.format() : v.format(),
                v == null ? s.location() : v.location(), v == null ? null : ListStateView.Loaded.of(v), s.state(),
                s.stale(), s.confirmedAt(), s.lastRefusal() == null ? null : ListRefusalView.of(s.lastRefusal()));
    }

    private void history(Context ctx) {
        List<ListVersion> all = listVersions.history();
        Json.send(ctx, 200, new ListHistory(all.stream().map(ListVersionView::of).toList(),
                lists.archive().refusals(200).stream().map(ListRefusalView::of).toList()));
    }

    private void load(Context ctx, boolean update) {
        Principal who = Access.principal(ctx);
        ListCatalogue.Report report;
        try {
            report = update ? lists.update(who.name()) : lists.reload(who.name());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("lists.yaml", e.getMessage());
        } catch (dev.clearance.application.lists.LoadGuard.ListsBusyException e) {
            throw ApiError.conflict("lists_busy", e.getMessage(), null);
        }
        ListLoadReport out = new ListLoadReport(report.entries(), report.lists());
        if (!report.refused().isEmpty()) {
            throw new ApiError(422, "lists_refused", "refused, the last good version stays in use: "
                    + String.join(", ", report.refused()), null, out);
        }
        Json.send(ctx, 200, out);
    }

    private void delta(Context ctx) {
        String name = ctx.pathParam("name");
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("version", "a version id (a whole number), not '"
                    + truncate(ctx.pathParam("version")) + "'");
        }
        ListVersion v = listVersions.get(id).filter(x -> x.sourceName().equals(name))
                .orElseThrow(() -> ApiError.notFound("no version " + id + " of list " + truncate(name)));
        ListArchive.Delta d = lists.archive().delta(id)
                .orElseThrow(() -> ApiError.notFound("version " + id + " of list " + truncate(name)
                        + " was loaded before deltas were kept"));
        Json.send(ctx, 200, new ListDelta(ListVersionView.of(v), d.detail().previousId(), d.added(), d.changed(),
                d.removed()));
    }

    private static String truncate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
