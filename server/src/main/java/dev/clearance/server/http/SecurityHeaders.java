package dev.clearance.server.http;

import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * Headers on every answer, API and web UI alike: a Content-Security-Policy allowing only the server's own scripts
 * (inline styles are allowed for the self-contained HTML reports the UI shows in sandboxed frames), no MIME
 * sniffing, no framing by other sites, no referrer. No CORS header is ever sent, so other origins cannot read
 * answers from a browser.
 */
public final class SecurityHeaders {
    /** The headers, by name. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                    + "form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }

    /** Adds the headers to every routed answer (static files get them through their own configuration). */
    public static void install(RoutesConfig routes) {
        routes.before(ctx -> HEADERS.forEach(ctx::header));
    }
}
