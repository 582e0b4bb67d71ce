package dev.clearance.server.api.response;

import dev.clearance.records.access.ApiKey;
import java.time.Instant;
import java.util.Locale;

/**
 * An API key, never its secret.
 *
 * @param id        the key's id
 * @param name      what it is for
 * @param role      viewer, requester, officer or admin
 * @param createdAt when it was created
 * @param createdBy by whom
 * @param revokedAt when it was revoked, or null
 */
public record KeyView(String id, String name, String role, Instant createdAt, String createdBy, Instant revokedAt) {
    /** @return the key as the API shows it */
    public static KeyView of(ApiKey k) {
        return new KeyView(k.id(), k.name(), k.role().name().toLowerCase(Locale.ROOT), k.createdAt(), k.createdBy(),
                k.revokedAt());
    }
}
