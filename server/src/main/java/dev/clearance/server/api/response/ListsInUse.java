package dev.clearance.server.api.response;

import java.util.List;

/**
 * The lists in use.
 *
 * @param configFile the lists file
 * @param entries    entries screened against
 * @param lists      each configured list's state
 * @param missing    configured lists not loaded
 */
public record ListsInUse(String configFile, int entries, List<ListStateView> lists, List<String> missing) {
}
