package dev.clearance.server.api.response;

/**
 * The details of a refusal about one stored thing (an override or a decision not confirmed): which one.
 *
 * @param id its id
 */
public record IdRef(long id) {
}
