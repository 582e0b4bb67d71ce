package dev.clearance.server.lists;

import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Screener;
import dev.clearance.records.Fingerprints;
import dev.clearance.records.ListVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable generation of loaded lists: the screener over all their entries, the entries by id, and the
 * version of each list. A reload builds a new one and swaps it in, so a screening never sees half a reload.
 */
public final class LoadedLists {
    private final Screener screener;
    private final Map<String, ListEntry> byId;
    private final List<ListVersion> versions;

    LoadedLists(List<ListEntry> entries, List<ListVersion> versions) {
        this.screener = Screener.of(entries);
        Map<String, ListEntry> ids = new HashMap<>();
        for (ListEntry e : entries) {
            ids.putIfAbsent(e.id(), e);
        }
        this.byId = Map.copyOf(ids);
        this.versions = List.copyOf(versions);
    }

    /** @return the screener over every loaded entry */
    public Screener screener() {
        return screener;
    }

    /** @return the entry with this id, if loaded */
    public Optional<ListEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the version of each loaded list */
    public List<ListVersion> versions() {
        return versions;
    }

    /** @return version labels for audit records */
    public List<String> labels() {
        return versions.stream().map(ListVersion::label).toList();
    }

    /** @return how many entries are loaded */
    public int entryCount() {
        return screener.entries().size();
    }

    /** @return the fingerprint of an entry's data, which a hit review is bound to */
    public static String fingerprint(ListEntry e) {
        List<String> names = new ArrayList<>();
        e.names().forEach(n -> names.add(n.value()));
        return Fingerprints.entry(names, e.countries(), e.birthDates());
    }
}
