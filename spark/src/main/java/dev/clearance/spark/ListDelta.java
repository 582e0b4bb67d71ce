package dev.clearance.spark;

import dev.clearance.lists.ListEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of the lists, by entry id: added, changed (any published field),
 * removed. An id loaded more than once (the same entry in two lists) is compared as the set of its loadings.
 *
 * @param added   ids only in the new version
 * @param changed ids in both whose entries differ
 * @param removed ids only in the old version
 */
public record ListDelta(Set<String> added, Set<String> changed, Set<String> removed) {
    public ListDelta {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    /** The delta from {@code old} to {@code current}. */
    public static ListDelta between(List<ListEntry> old, List<ListEntry> current) {
        Map<String, Set<ListEntry>> before = byId(old);
        Map<String, Set<ListEntry>> after = byId(current);
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        after.forEach((id, entries) -> {
            Set<ListEntry> was = before.get(id);
            if (was == null) {
                added.add(id);
            } else if (!was.equals(entries)) {
                changed.add(id);
            }
        });
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(removed::add);
        return new ListDelta(added, changed, removed);
    }

    /** The ids to screen: added and changed. */
    public Set<String> toScreen() {
        Set<String> out = new HashSet<>(added);
        out.addAll(changed);
        return out;
    }

    /** One {@code entry_id,change} row per id, added first, then changed, then removed, each sorted. */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        added.stream().sorted().forEach(id -> out.add(List.of(id, "added")));
        changed.stream().sorted().forEach(id -> out.add(List.of(id, "changed")));
        removed.stream().sorted().forEach(id -> out.add(List.of(id, "removed")));
        return out;
    }

    private static Map<String, Set<ListEntry>> byId(List<ListEntry> entries) {
        Map<String, Set<ListEntry>> out = new LinkedHashMap<>();
        for (ListEntry e : entries) {
            out.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e);
        }
        return out;
    }
}
