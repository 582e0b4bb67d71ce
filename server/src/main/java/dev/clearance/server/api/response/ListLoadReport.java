package dev.clearance.server.api.response;

import java.util.List;
import java.util.Map;

/**
 * A reload or update of the lists (also the details of its 422 when a list was refused).
 *
 * @param entries entries screened against now
 * @param lists   each list's outcome, as the list catalogue reports it
 */
public record ListLoadReport(int entries, List<dev.clearance.application.lists.ListLoad> lists) {
}
