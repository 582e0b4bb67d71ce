package dev.clearance.server.http;

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
