package dev.clearance.records.access;

import java.time.Instant;

/**
 * A stored API key, without its secret.
 *
 * @param id public key id (also the prefix of the plaintext key)
 * @param name who or what the key is for; becomes the principal name
 * @param role its role
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param revokedAt when it was revoked, or null while active
 */
public record ApiKey(String id, String name, Role role, Instant createdAt, String createdBy, Instant revokedAt) {
    /** @return whether the key still authenticates */
    public boolean active() {
        return revokedAt == null;
    }
}
