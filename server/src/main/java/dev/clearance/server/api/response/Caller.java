package dev.clearance.server.api.response;

/**
 * Who is calling: the key's name and role.
 *
 * @param name the key's name
 * @param role its role, in lower case
 */
public record Caller(String name, String role) {
}
