package dev.clearance.server.api;

import dev.clearance.records.ListVersion;
import dev.clearance.records.Principal;
import dev.clearance.records.Role;
import dev.clearance.server.Services;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Routing;
import dev.clearance.server.lists.ListCatalogue;
import dev.clearance.server.lists.LoadedLists;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The restricted-party lists in use, every version ever loaded, and a reload of the lists file while running.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/lists
 * curl -s -H "X-API-Key: $KEY" http://localhost:8080/api/lists/versions
 * curl -s -X POST -H "X-API-Key: $ADMIN_KEY" http://localhost:8080/api/lists/reload
 * </pre>
 */
public final class ListService {
    private final Services services;

    /** @param services the engines and records */
    public ListService(Services services) {
        this.services = services;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.get("/api/lists", Role.VIEWER, this::current);
        r.get("/api/lists/versions", Role.VIEWER, this::history);
        r.post("/api/lists/reload", Role.ADMIN, this::reload);
    }

    private void current(Context ctx) {
        LoadedLists loaded = services.lists().current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("configFile", String.valueOf(services.lists().configFile()));
        out.put("entries", loaded.entryCount());
        out.put("lists", loaded.versions().stream().map(ListCatalogue::describe).toList());
        Json.send(ctx, 200, out);
    }

    private void history(Context ctx) {
        List<ListVersion> all = services.listVersions().history();
        Json.send(ctx, 200, Map.of("versions", all.stream().map(ListCatalogue::describe).toList()));
    }

    private void reload(Context ctx) {
        Principal who = Access.principal(ctx);
        List<Map<String, Object>> report;
        try {
            report = services.lists().reload(who.name());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("lists.yaml", e.getMessage());
        }
        Json.send(ctx, 200, Map.of("entries", services.lists().current().entryCount(), "lists", report));
    }
}
