package dev.clearance.application.lists;

import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Screener;
import dev.clearance.records.Fingerprints;
import dev.clearance.records.lists.ListVersion;
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
    private final List<String> missing;
    // the label of the list version each entry was loaded from (entry id to label)
    private final Map<String, String> versionById = new HashMap<>();

    LoadedLists(List<ListEntry> entries, List<ListVersion> versions) {
        this(entries, versions, List.of());
    }

    LoadedLists(List<ListEntry> entries, List<ListVersion> versions, List<String> missing) {
        this(Screener.of(entries), entries, versions, missing);
    }

    LoadedLists(List<ListEntry> entries, List<ListVersion> versions, List<String> missing,
                Map<String, String> versionById) {
        this(Screener.of(entries), entries, versions, missing);
        this.versionById.putAll(versionById);
    }

    private LoadedLists(Screener screener, List<ListEntry> entries, List<ListVersion> versions, List<String> missing) {
        this.missing = List.copyOf(missing);
        this.screener = screener;
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

    /** The same lists with other lists missing (no rebuild of the screener). */
    LoadedLists withMissing(List<String> names) {
        LoadedLists l = new LoadedLists(screener, screener.entries(), versions, names);
        l.versionById.putAll(versionById);
        return l;
    }

    /**
     * @return the label of the list version an entry was loaded from ({@code name@checksum}), as {@code screen
     *     --in} writes it in {@code list_version}; with one list loaded, that list's
     */
    public String versionOf(ListEntry e) {
        String v = versionById.get(e.id());
        if (v == null && versions.size() == 1) {
            return versions.get(0).label();
        }
        return v == null ? "" : v;
    }

    /** @return configured lists with nothing loaded: a screening does not cover them and must say so */
    public List<String> missing() {
        return missing;
    }

    /** @return whether no list is loaded at all (a screening would be against nothing) */
    public boolean isEmpty() {
        return versions.isEmpty();
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
