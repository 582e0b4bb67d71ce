package dev.clearance.server.api.response;

import java.util.List;

/**
 * Every list version ever loaded and the latest refused loads.
 *
 * @param versions     the versions
 * @param refusedLoads the refused loads
 */
public record ListHistory(List<ListVersionView> versions, List<ListRefusalView> refusedLoads) {
}
