package dev.clearance.server.http;

import dev.clearance.records.access.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes with the role each needs and remembers them, so a test can compare them with
 * {@code openapi.yaml}. A null role means a public route.
 */
public final class Routing {

    /**
     * A registered route.
     *
     * @param method HTTP method, upper case
     * @param path path with {@code {param}} placeholders
     * @param role the least role allowed, or null for public
     */
    public record Route(String method, String path, Role role) {
    }

    private static final String ROUTE = "clearance.route";

    /**
     * @param ctx a request
     * @return the template of the route it matched ({@code /api/screenings/batch/{id}}), or null when none did
     */
    public static String matched(io.javalin.http.Context ctx) {
        return ctx.attribute(ROUTE);
    }

    private final RoutesConfig routes;
    private final Access access;
    private final List<Route> registered = new ArrayList<>();

    /**
     * @param routes Javalin's route configuration
     * @param access the key checker
     */
    public Routing(RoutesConfig routes, Access access) {
        this.routes = routes;
        this.access = access;
    }

    /** Registers a GET route. */
    public Routing get(String path, Role role, Handler handler) {
        routes.get(path, guarded(role, handler, "GET", path));
        registered.add(new Route("GET", path, role));
        return this;
    }

    /** Registers a POST route. */
    public Routing post(String path, Role role, Handler handler) {
        routes.post(path, guarded(role, handler, "POST", path));
        registered.add(new Route("POST", path, role));
        return this;
    }

    /** Registers a PUT route. */
    public Routing put(String path, Role role, Handler handler) {
        routes.put(path, guarded(role, handler, "PUT", path));
        registered.add(new Route("PUT", path, role));
        return this;
    }

    /** Registers a DELETE route. */
    public Routing delete(String path, Role role, Handler handler) {
        routes.delete(path, guarded(role, handler, "DELETE", path));
        registered.add(new Route("DELETE", path, role));
        return this;
    }

    /** @return every route registered so far */
    public List<Route> routes() {
        return List.copyOf(registered);
    }

    private Handler guarded(Role role, Handler handler, String method, String path) {
        RequestSchemas.Shape body = RequestSchemas.bundled().json(method, path).orElse(null);
        boolean takesBody = RequestSchemas.bundled().takesBody(method, path);
        java.util.Set<String> query = RequestSchemas.bundled().query(method, path);
        Handler checked = ctx -> {
            ctx.attribute(ROUTE, path);
            // a misspelt parameter (?thresold=) would otherwise leave its default in force without a word
            for (String name : ctx.queryParamMap().keySet()) {
                if (!query.contains(name)) {
                    throw RequestSchemas.unknownParameter(name, query);
                }
            }
            ctx.attribute(Params.DECLARED, query);
            if (body != null) {
                ctx.attribute(Json.SCHEMA, body);
                // checked before the handler looks anything up, so an unknown field is named on every route
                Json.checkBody(ctx);
            } else if (!takesBody && !"GET".equals(method)) {
                Json.refuseBody(ctx);
            }
            handler.handle(ctx);
        };
        if (role == null) {
            return checked;
        }
        return ctx -> {
            access.require(ctx, role);
            checked.handle(ctx);
        };
    }
}
