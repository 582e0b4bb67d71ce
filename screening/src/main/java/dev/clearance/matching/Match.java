package dev.clearance.matching;

import dev.clearance.lists.ListEntry;

/**
 * A screening hit.
 *
 * @param entry       the listed party
 * @param matchedName which of the entry's names matched best
 * @param score       0..1, comparable with {@link Screener#DEFAULT_THRESHOLD}
 * @param explanation how the score came about
 */
public record Match(ListEntry entry, String matchedName, double score, Explanation explanation) {
}
