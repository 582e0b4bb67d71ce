package dev.clearance.server.http;

import dev.clearance.records.Role;
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
        routes.get(path, guarded(path, role, handler));
        registered.add(new Route("GET", path, role));
        return this;
    }

    /** Registers a POST route. */
    public Routing post(String path, Role role, Handler handler) {
        routes.post(path, guarded(path, role, handler));
        registered.add(new Route("POST", path, role));
        return this;
    }

    /** Registers a PUT route. */
    public Routing put(String path, Role role, Handler handler) {
        routes.put(path, guarded(path, role, handler));
        registered.add(new Route("PUT", path, role));
        return this;
    }

    /** Registers a DELETE route. */
    public Routing delete(String path, Role role, Handler handler) {
        routes.delete(path, guarded(path, role, handler));
        registered.add(new Route("DELETE", path, role));
        return this;
    }

    /** @return every route registered so far */
    public List<Route> routes() {
        return List.copyOf(registered);
    }

    private Handler guarded(String path, Role role, Handler handler) {
        if (role == null) {
            return ctx -> {
                ctx.attribute(ROUTE, path);
                handler.handle(ctx);
            };
        }
        return ctx -> {
            ctx.attribute(ROUTE, path);
            access.require(ctx, role);
            handler.handle(ctx);
        };
    }
}
