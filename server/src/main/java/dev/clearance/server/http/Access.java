package dev.clearance.server.http;

import dev.clearance.records.access.ApiKeys;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Authenticates the API key of a request ({@code X-API-Key: clr_...} or {@code Authorization: Bearer clr_...}) and
 * checks its role. Keys are looked up on every request so a revoked key stops working at once.
 */
public final class Access {
    private static final String PRINCIPAL = "clearance.principal";
    private final ApiKeys keys;
    private final AuthThrottle throttle;

    /** @param keys the stored keys */
    public Access(ApiKeys keys) {
        this(keys, AuthThrottle.fromEnvironment(System.getenv()));
    }

    /**
     * @param keys the stored keys
     * @param throttle counts failed authentications per address
     */
    public Access(ApiKeys keys, AuthThrottle throttle) {
        this.keys = keys;
        this.throttle = throttle;
    }

    /**
     * Authenticates and checks the role, remembering the principal on the request.
     *
     * @throws ApiError 401 without a valid key, 403 when its role is below {@code needed}, 429 while the caller's
     *     address is blocked after too many failures
     */
    public Principal require(Context ctx, Role needed) {
        String address = ctx.ip();
        long blocked = throttle.blockedFor(address);
        if (blocked > 0) {
            ctx.header("Retry-After", Long.toString(blocked));
            throw new ApiError(429, "too_many_failures", "too many failed authentications from this address; "
                    + "try again in " + blocked + " s", null, null);
        }
        String key = ctx.header("X-API-Key");
        if (key == null) {
            String auth = ctx.header("Authorization");
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = auth.substring(7).trim();
            }
        }
        if (key == null || key.isBlank()) {
            throw ApiError.unauthorized("an API key is required (header X-API-Key)");
        }
        Principal p = keys.authenticate(key.trim()).orElse(null);
        if (p == null) {
            throttle.failed(address);
            throw ApiError.unauthorized("the API key is unknown or revoked");
        }
        if (!p.role().allows(needed)) {
            throw ApiError.forbidden("role " + p.role().name().toLowerCase(Locale.ROOT)
                    + " may not do this; needs " + needed.name().toLowerCase(Locale.ROOT));
        }
        ctx.attribute(PRINCIPAL, p);
        return p;
    }

    /** @return the principal authenticated for this request */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("route has no access check");
        }
        return p;
    }
}
