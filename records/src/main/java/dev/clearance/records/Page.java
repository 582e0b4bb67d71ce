package dev.clearance.records;

import java.util.List;

/**
 * A page of results and the total number of matches.
 *
 * @param items the rows on this page
 * @param total how many rows match in all
 * @param <T> row type
 */
public record Page<T>(List<T> items, long total) {
    /** Copies the list. */
    public Page {
        items = List.copyOf(items);
    }
}
