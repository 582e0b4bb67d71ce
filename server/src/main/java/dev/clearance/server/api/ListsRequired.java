package dev.clearance.server.api;

import dev.clearance.server.http.ApiError;
import dev.clearance.application.lists.LoadedLists;

/** A screening against no list would answer "no hit" about nothing: it is refused with 503 {@code no_lists}. */
final class ListsRequired {
    private ListsRequired() {
    }

    /**
     * @param lists the lists in use
     * @return the same lists
     * @throws ApiError 503 {@code no_lists} when no list is loaded
     */
    static LoadedLists require(LoadedLists lists) {
        if (lists.isEmpty()) {
            throw new ApiError(503, "no_lists", "no restricted-party list is loaded, so nothing can be screened"
                    + (lists.missing().isEmpty() ? "; configure lists in lists.yaml and POST /api/lists/reload"
                            : "; not loaded: " + String.join(", ", lists.missing()) + " (see GET /api/health)"),
                    null, null);
        }
        return lists;
    }
}
