package dev.clearance.server.api.response;

/**
 * What an audit record keeps as the input of a step that takes only an id.
 *
 * @param id the id
 */
public record IdInput(String id) {
}
