package dev.clearance.server.api.response;

/**
 * The details of a refused override confirmation: which override.
 *
 * @param id the override
 */
public record OverrideId(long id) {
}
