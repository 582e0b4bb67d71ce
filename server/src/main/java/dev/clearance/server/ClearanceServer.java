package dev.clearance.server;

import dev.clearance.application.applications.ApplicationWorkflow;
import dev.clearance.application.applications.GateOverrideDesk;
import dev.clearance.application.applications.LicenceWorkflow;
import dev.clearance.server.api.ApplicationService;
import dev.clearance.server.api.AuditService;
import dev.clearance.server.api.BatchService;
import dev.clearance.application.decisions.DecisionDesk;
import dev.clearance.server.api.DecisionService;
import dev.clearance.server.api.DeterminationService;
import dev.clearance.application.determinations.ExportDetermination;
import dev.clearance.application.determinations.LicenceCover;
import dev.clearance.application.determinations.OrderBookDetermination;
import dev.clearance.application.products.MasterItems;
import dev.clearance.server.api.KeyService;
import dev.clearance.server.api.LicenceService;
import dev.clearance.server.api.ListService;
import dev.clearance.server.api.AlertService;
import dev.clearance.server.api.PartyService;
import dev.clearance.server.api.RegimeService;
import dev.clearance.server.api.ReportService;
import dev.clearance.server.api.ScreeningService;
import dev.clearance.application.screening.PartyScreening;
import dev.clearance.server.api.WorkloadService;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.Errors;
import dev.clearance.server.http.Routing;
import dev.clearance.application.wiring.Components;
import dev.clearance.records.access.AuthFailures;
import dev.clearance.server.api.HealthService;
import dev.clearance.server.api.ImpactService;
import dev.clearance.application.applications.ScreeningGate;
import dev.clearance.server.api.ScreeningOverrideService;
import dev.clearance.server.api.ClassificationService;
import dev.clearance.server.http.AuthThrottle;
import dev.clearance.server.http.UploadLimits;
import dev.clearance.server.metrics.Metrics;
import dev.clearance.server.metrics.Observability;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP server: the REST API under {@code /api}, its description at {@code /openapi.yaml} and the web UI at
 * {@code /}. {@link #create} builds it over any application {@link Components}, so tests run the same routing as
 * production. This is where the HTTP layer is wired: each service is handed only the parts it uses.
 */
public final class ClearanceServer {
    private final Javalin app;
    private final List<Routing.Route> routes;
    private final Metrics metrics;

    private ClearanceServer(Javalin app, List<Routing.Route> routes, Metrics metrics) {
        this.app = app;
        this.routes = routes;
        this.metrics = metrics;
    }

    /**
     * Builds (does not start) the server, failed authentications limited as the environment says (counted in the
     * database when servers share it).
     *
     * @param parts the application to serve
     * @param limits the largest upload taken
     * @return the server
     * @throws IllegalArgumentException naming an environment variable with a bad value
     */
    public static ClearanceServer create(Components parts, UploadLimits limits) {
        return create(parts, limits, throttle(parts, System.getenv()));
    }

    /**
     * @param parts the application the server serves
     * @param env the environment ({@code CLEARANCE_AUTH_*})
     * @return the failed-authentication throttle the environment asks for, shared through the database when servers
     *     share it
     */
    public static AuthThrottle throttle(Components parts, java.util.Map<String, String> env) {
        AuthThrottle throttle = AuthThrottle.fromEnvironment(env);
        return parts.cluster().shared() ? throttle.sharedThrough(new AuthFailures(parts.database())) : throttle;
    }

    /**
     * Builds (does not start) the server.
     *
     * @param parts the application to serve
     * @param limits the largest upload taken
     * @param throttle how failed authentications are limited per address
     * @return the server
     */
    public static ClearanceServer create(Components parts, UploadLimits limits, AuthThrottle throttle) {
        List<Routing.Route> registered = new ArrayList<>();
        // made before any route, so the first request's records are counted too
        Metrics metrics = new Metrics(parts.batch(), parts.jobs(), parts.audit(), parts.recorder(), parts.lists());
        Observability observability = new Observability(metrics, parts.database(), parts.lists());
        Javalin app = Javalin.create(config -> {
            // Uploads are limited per route (Bodies); this only bounds what Jetty buffers.
            config.http.maxRequestSize = limits.maxBytes() + 1;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = dev.clearance.server.http.SecurityHeaders.HEADERS;
            });
            observability.install(config.routes);
            Errors.install(config.routes);
            dev.clearance.server.http.SecurityHeaders.install(config.routes);
            Routing r = new Routing(config.routes, new Access(parts.keys(), throttle));
            r.get("/openapi.yaml", null, ctx -> ctx.contentType("application/yaml").result(openApi()));
            routing(r, parts, limits, observability);
            registered.addAll(r.routes());
        });
        return new ClearanceServer(app, List.copyOf(registered), metrics);
    }

    /** Registers the API's services, each with the parts it uses. */
    private static void routing(Routing r, Components parts, UploadLimits limits, Observability observability) {
        ScreeningGate gate = new ScreeningGate(parts.alerts(), parts.decisions(), parts.lists(), parts.parties(),
                parts.gateOverrides(), parts.gateScreenings());
        new KeyService(parts.recorder(), parts.keys()).routing(r);
        // issue 21: the product master, its routes, and the product a determination may name instead of an item
        var products = new dev.clearance.records.product.ProductMaster(parts.database(), parts.audit());
        var regimes = parts.engine().regimes();
        new dev.clearance.server.products.ProductService(products, new dev.clearance.application.products.ProductClassifier(
                dev.clearance.classification.Classifier::bundled, regimes), regimes, limits.maxBytes()).routing(r);
        MasterItems master = new MasterItems(products, regimes);
        new DeterminationService(new ExportDetermination(parts.decisions(), parts.engine(),
                new LicenceCover(parts.licences()), parts.lists(), parts.recorder(), master),
                new OrderBookDetermination(parts.decisions(), parts.engine(), parts.lists(), parts.recorder(), master),
                limits).routing(r);
        new ScreeningService(new PartyScreening(parts.decisions(), parts.lists(), parts.recorder())).routing(r);
        new BatchService(parts.lists(), parts.batch(), parts.jobs(), parts.recorder(), limits).routing(r);
        new DecisionService(new DecisionDesk(parts.alerts(), parts.decisions(), parts.lists(), parts.recorder(),
                parts.parties())).routing(r);
        new LicenceService(new LicenceWorkflow(parts.audit(), parts.database(), parts.engine(), parts.licences(),
                parts.recorder(), gate)).routing(r);
        new RegimeService(parts.engine()).routing(r);
        new ReportService(parts.engine()).routing(r);
        new ImpactService(parts.engine(), limits).routing(r);
        new ApplicationService(new ApplicationWorkflow(parts.audit(), parts.database(), parts.engine(),
                parts.licences(), gate, ApplicationService.requests(parts.lists(), parts.decisions())), parts.lists(),
                parts.decisions()).routing(r);
        new WorkloadService(parts.engine(), limits).routing(r);
        new ListService(parts.lists(), parts.listVersions()).routing(r);
        new HealthService(parts.lists()).routing(r);
        new AuditService(parts.audit()).routing(r);
        new PartyService(parts.alerts(), parts.lists(), parts.parties(), parts.rescreening(), limits).routing(r);
        new AlertService(parts.alerts()).routing(r);
        observability.routing(r);
        new ScreeningOverrideService(new GateOverrideDesk(parts.recorder(), parts.gateOverrides(), gate)).routing(r);
        new ClassificationService().routing(r);
    }

    /** @return the hand-written API description */
    public static byte[] openApi() {
        try (InputStream in = ClearanceServer.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening on the host and port (0 picks a free port). */
    public ClearanceServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** @return the port listened on */
    public int port() {
        return app.port();
    }

    /** @return every route registered */
    public List<Routing.Route> routes() {
        return routes;
    }

    /** Stops listening and releases the meters. */
    public void stop() {
        try {
            app.stop();
        } finally {
            metrics.close();
        }
    }
}
