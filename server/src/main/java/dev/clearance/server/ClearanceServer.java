package dev.clearance.server;

import dev.clearance.server.api.ApplicationService;
import dev.clearance.server.api.AuditService;
import dev.clearance.server.api.BatchService;
import dev.clearance.server.api.DecisionService;
import dev.clearance.server.api.DeterminationService;
import dev.clearance.server.api.KeyService;
import dev.clearance.server.api.LicenceService;
import dev.clearance.server.api.ListService;
import dev.clearance.server.api.AlertService;
import dev.clearance.server.api.PartyService;
import dev.clearance.server.api.RegimeService;
import dev.clearance.server.api.ReportService;
import dev.clearance.server.api.ScreeningService;
import dev.clearance.server.api.WorkloadService;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.Errors;
import dev.clearance.server.http.Routing;
import dev.clearance.server.services.Services;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP server: the REST API under {@code /api}, its description at {@code /openapi.yaml} and the web UI at
 * {@code /}. {@link #create} builds it over any {@link Services}, so tests run the same routing as production.
 */
public final class ClearanceServer {
    private final Javalin app;
    private final List<Routing.Route> routes;

    private ClearanceServer(Javalin app, List<Routing.Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /**
     * Builds (does not start) the server.
     *
     * @param services the engines and records to serve
     * @return the server
     */
    public static ClearanceServer create(Services services) {
        List<Routing.Route> registered = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            // Uploads are limited per route (Bodies); this only bounds what Jetty buffers.
            config.http.maxRequestSize = services.maxUploadBytes() + 1;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = dev.clearance.server.http.SecurityHeaders.HEADERS;
            });
            new dev.clearance.server.metrics.Observability(services).install(config.routes);
            Errors.install(config.routes);
            dev.clearance.server.http.SecurityHeaders.install(config.routes);
            registered.addAll(routing(config.routes, services));
        });
        return new ClearanceServer(app, List.copyOf(registered));
    }

    /**
     * Registers every route on a Javalin route configuration.
     *
     * @return the routes registered
     */
    public static List<Routing.Route> routing(RoutesConfig routes, Services services) {
        Routing r = new Routing(routes, new Access(services.keys(), services.authThrottle()));
        r.get("/openapi.yaml", null, ctx -> ctx.contentType("application/yaml").result(openApi()));
        new KeyService(services).routing(r);
        // issue 21: the product master, its routes, and the product a determination may name instead of an item
        var products = new dev.clearance.records.product.ProductMaster(services.database(), services.audit());
        var regimes = services.engine().regimes();
        new dev.clearance.server.products.ProductService(products, new dev.clearance.server.products.ProductClassifier(
                dev.clearance.classification.Classifier::bundled, regimes), regimes, services.maxUploadBytes()).routing(r);
        new DeterminationService(services, new dev.clearance.server.products.MasterItems(products, regimes)).routing(r);
        new ScreeningService(services).routing(r);
        new BatchService(services).routing(r);
        new DecisionService(services).routing(r);
        new LicenceService(services).routing(r);
        new RegimeService(services).routing(r);
        new ReportService(services).routing(r);
        new dev.clearance.server.api.ImpactService(services).routing(r);
        new ApplicationService(services).routing(r);
        new WorkloadService(services).routing(r);
        new ListService(services).routing(r);
        new dev.clearance.server.api.HealthService(services).routing(r);
        new AuditService(services).routing(r);
        new PartyService(services).routing(r);
        new AlertService(services).routing(r);
        new dev.clearance.server.metrics.Observability(services).routing(r);
        new dev.clearance.server.api.ScreeningOverrideService(services).routing(r);
        new dev.clearance.server.api.ClassificationService().routing(r);
        return r.routes();
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

    /** Stops listening. */
    public void stop() {
        app.stop();
    }
}
