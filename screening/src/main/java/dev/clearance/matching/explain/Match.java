package dev.clearance.matching.explain;

import dev.clearance.lists.ListEntry;

import java.util.List;

/**
 * A screening hit.
 *
 * @param entry       the listed party
 * @param matchedName which of the entry's names matched best
 * @param score       0..1, comparable with {@link Screener#DEFAULT_THRESHOLD}
 * @param explanation how the score came about
 * @param alsoListed  the same entry (equal {@linkplain ListEntry#id() id}) as other loaded list files hold it, for
 *                    instance two snapshots of the OFAC SDN list: one hit, citing every source; usually empty
 */
public record Match(ListEntry entry, String matchedName, double score, Explanation explanation,
                    List<ListEntry> alsoListed) {
    public Match {
        alsoListed = List.copyOf(alsoListed);
    }

    /** A hit with one source. */
    public Match(ListEntry entry, String matchedName, double score, Explanation explanation) {
        this(entry, matchedName, score, explanation, List.of());
    }

    /** Whether the hit stands for this entry, as its own or as another loaded file's copy of it. */
    public boolean cites(ListEntry e) {
        return entry.equals(e) || alsoListed.contains(e);
    }
}
