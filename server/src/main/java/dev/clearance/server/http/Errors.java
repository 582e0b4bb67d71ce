package dev.clearance.server.http;

import dev.clearance.application.applications.ScreeningRefusedException;
import dev.clearance.application.applications.FieldRefusal;
import dev.clearance.application.decisions.EntryNotLoadedException;
import dev.clearance.application.lists.NoListsException;
import dev.clearance.records.applications.ApplicationRefusal;
import dev.clearance.records.licences.DuplicateLicenceException;
import dev.clearance.input.BadRequestException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to the one error shape. Only a fault of the server itself is a 500; it is logged with its
 * stack trace, and the caller gets no internals.
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String WRITTEN = "clearance.errorWritten";

    private Errors() {
    }

    /** Installs the exception and status handlers. */
    public static void install(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) -> write(ctx, e));
        routes.exception(BadRequestException.class, (e, ctx) -> write(ctx, ApiError.badRequest(e.field(),
                e.reason())));
        // the workflow's typed refusals: the kind is the code, the details what it names
        routes.exception(ScreeningRefusedException.class, (e, ctx) -> write(ctx, ApiError.conflict(e.code(),
                e.getMessage(), e.details())));
        routes.exception(ApplicationRefusal.class, (e, ctx) -> write(ctx, refused(e)));
        routes.exception(EntryNotLoadedException.class, (e, ctx) -> write(ctx, ApiError.refused(e, null)));
        routes.exception(DuplicateLicenceException.class, (e, ctx) -> write(ctx, ApiError.conflict("licence_exists",
                e.getMessage(), null)));
        routes.exception(NoListsException.class, (e, ctx) -> write(ctx, new ApiError(503, "no_lists",
                e.getMessage(), null, null)));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, new ApiError(500, "internal", "internal error; see the server log", null, null));
        });
        // Javalin answers unmatched paths itself; give them the same shape.
        for (int status : new int[] {404, 405}) {
            routes.error(status, "*", ctx -> {
                if (ctx.attribute(WRITTEN) == null) {
                    write(ctx, new ApiError(status, status == 404 ? "not_found" : "method_not_allowed",
                            status == 404 ? "no such resource: " + ctx.path()
                                    : ctx.method() + " is not allowed on " + ctx.path(), null, null));
                }
            });
        }
    }

    /** A step of an application the records refuse: by its kind, naming the field where one is at fault. */
    private static ApiError refused(ApplicationRefusal e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ApiError.notFound(e.getMessage());
            case FORBIDDEN -> ApiError.forbidden(e.getMessage());
            case ILLEGAL_TRANSITION -> ApiError.conflict("illegal_transition", e.getMessage(), null);
            case ROUTE_UNAVAILABLE -> ApiError.conflict("route_unavailable", e.getMessage(),
                    new FieldRefusal(e.field()));
            case BAD_INPUT -> ApiError.badRequest(e.field(), e.getMessage());
        };
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        int status = e.getStatus();
        String code = switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            default -> "http_" + status;
        };
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? code.replace('_', ' ').toLowerCase(Locale.ROOT) : e.getMessage();
        return new ApiError(status, code, message, null, null);
    }

    private static void write(Context ctx, ApiError e) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Json.send(ctx, e.status(), e.body());
    }
}
