package dev.clearance.server.metrics;

import dev.clearance.records.access.Role;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.records.Database;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.RequestIds;
import dev.clearance.server.http.Routing;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs what operators and load balancers use: each request timed per route template and given a request id,
 * {@code GET /metrics} (Prometheus text format; a viewer key, as Prometheus sends with {@code authorization}),
 * {@code GET /health/live} and {@code GET /health/ready} (no key: a load balancer has none; they say only yes or no
 * and which check failed, never a file or URL).
 */
public final class Observability {
    private static final String START = "clearance.start";
    /** The Prometheus text format's content type. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private static final org.slf4j.Logger ACCESS = org.slf4j.LoggerFactory.getLogger("clearance.access");
    private final Metrics metrics;
    private final Database database;
    private final ListCatalogue lists;
    /** An access line per request only in JSON logs (for a log shipper); plain logs stay quiet. */
    private final boolean accessLog;

    /**
     * @param metrics the server's meters
     * @param database the records database (checked for readiness)
     * @param lists the loaded lists (checked for readiness)
     */
    public Observability(Metrics metrics, Database database, ListCatalogue lists) {
        this.metrics = metrics;
        this.database = database;
        this.lists = lists;
        this.accessLog = org.slf4j.LoggerFactory.getILoggerFactory()
                instanceof dev.clearance.server.logging.JsonLogs.Factory && ACCESS.isInfoEnabled();
    }

    /**
     * A health answer.
     *
     * @param status {@code up} or {@code down}
     * @param checks each check with its result
     */
    public record Health(String status, List<Check> checks) {
    }

    /**
     * One check of a health answer.
     *
     * @param name what was checked ({@code database}, {@code lists})
     * @param ok whether it passed
     * @param detail why not, in words without files or URLs; null when it passed
     */
    public record Check(String name, boolean ok, String detail) {
    }

    /** Times every request and gives it an id (before every other handler, after every answer). */
    public void install(RoutesConfig routes) {
        routes.before(ctx -> {
            ctx.attribute(START, System.nanoTime());
            String id = RequestIds.accept(ctx.header(RequestIds.HEADER));
            RequestIds.set(id);
            ctx.header(RequestIds.HEADER, id);
        });
        routes.after(ctx -> {
            try {
                Long start = ctx.attribute(START);
                if (start != null) {
                    String route = Routing.matched(ctx);
                    long nanos = System.nanoTime() - start;
                    metrics.request(ctx.method().name(), route == null ? unrouted(ctx) : route,
                            ctx.statusCode(), nanos);
                    if (accessLog) {
                        ACCESS.info("{} {} {} {} ms", ctx.method().name(), route == null ? unrouted(ctx) : route,
                                ctx.statusCode(), String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6));
                    }
                }
            } finally {
                RequestIds.clear();
            }
        });
    }

    /** A path no API route matched: the web UI's files, or nothing (never the raw path: unbounded labels). */
    private static String unrouted(Context ctx) {
        return ctx.statusCode() == 404 ? "unmatched" : "static";
    }

    /** Registers {@code /metrics} and the health routes. */
    public void routing(Routing r) {
        r.get("/metrics", Role.VIEWER, ctx -> ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape()));
        r.get("/health/live", null, ctx -> Json.send(ctx, 200, new Health("up", List.of())));
        r.get("/health/ready", null, this::ready);
    }

    private void ready(Context ctx) {
        List<Check> checks = new ArrayList<>();
        boolean db;
        String why = null;
        try {
            db = database.jdbi().withHandle(h -> h.getConnection().isValid(2));
        } catch (RuntimeException | java.sql.SQLException e) {
            db = false;
            why = "cannot reach the database";
        }
        checks.add(new Check("database", db, db ? null : why == null ? "the database connection is not valid" : why));
        boolean loaded = !lists.current().isEmpty();
        checks.add(new Check("lists", loaded, loaded ? null : "no list loaded: screenings would answer 503 no_lists"));
        boolean up = db && loaded;
        Json.send(ctx, up ? 200 : 503, new Health(up ? "up" : "down", checks));
    }
}
