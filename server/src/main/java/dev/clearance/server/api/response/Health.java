package dev.clearance.server.api.response;

import java.util.List;

/**
 * Whether the server can answer as it should, and why not.
 *
 * @param status  ok or degraded
 * @param reasons why it is degraded
 * @param lists   each configured list's state
 */
public record Health(String status, List<String> reasons, List<ListStateView> lists) {
}
