package dev.clearance.records.access;

import java.util.Objects;

/**
 * An authenticated caller.
 *
 * @param name the API key's name
 * @param role its role
 */
public record Principal(String name, Role role) {
    /** Validates. */
    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
