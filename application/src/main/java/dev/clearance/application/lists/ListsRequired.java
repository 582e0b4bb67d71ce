package dev.clearance.application.lists;

/** A screening against no list would answer "no hit" about nothing: it is refused with {@link NoListsException}. */
public final class ListsRequired {
    private ListsRequired() {
    }

    /**
     * @param lists the lists in use
     * @return the same lists
     * @throws NoListsException when no list is loaded
     */
    public static LoadedLists require(LoadedLists lists) {
        if (lists.isEmpty()) {
            throw new NoListsException("no restricted-party list is loaded, so nothing can be screened"
                    + (lists.missing().isEmpty() ? "; configure lists in lists.yaml and POST /api/lists/reload"
                            : "; not loaded: " + String.join(", ", lists.missing()) + " (see GET /api/health)"));
        }
        return lists;
    }
}
