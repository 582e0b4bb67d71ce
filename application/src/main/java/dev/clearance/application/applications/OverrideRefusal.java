package dev.clearance.application.applications;

/**
 * The details of a 409 when an override could not be marked used (another step used it first).
 *
 * @param override the override
 */
public record OverrideRefusal(long override) {
}
