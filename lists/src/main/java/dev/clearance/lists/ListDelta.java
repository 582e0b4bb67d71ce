package dev.clearance.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of one list, entry by entry: entries added, changed and removed, matched by
 * entry id ({@link ListEntry#id()}). An entry is "changed" when its {@linkplain #fingerprint fingerprint} (type,
 * names, countries, dates of birth, identifiers, programmes) differs; a reordering of its names or a new remark
 * is not a change, since neither alters what it matches.
 *
 * @param added ids of entries new in the later version, in its order
 * @param changed ids of entries in both whose fingerprint differs, in the later version's order
 * @param removed ids of entries gone from the later version, in the earlier version's order
 */
public record ListDelta(List<String> added, List<String> changed, List<String> removed) {

    /** Copies the id lists. */
    public ListDelta {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /**
     * The delta between two versions given as entry id → fingerprint (see {@link #fingerprints}).
     *
     * @param previous the earlier version (empty for a first version: then every entry is added)
     * @param current the later version
     * @return the delta
     */
    public static ListDelta between(Map<String, String> previous, Map<String, String> current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        current.forEach((id, fp) -> {
            String before = previous.get(id);
            if (before == null) {
                added.add(id);
            } else if (!before.equals(fp)) {
                changed.add(id);
            }
        });
        previous.keySet().forEach(id -> {
            if (!current.containsKey(id)) {
                removed.add(id);
            }
        });
        return new ListDelta(added, changed, removed);
    }

    /**
     * @param entries one version's entries
     * @return entry id → fingerprint in file order; of an id given twice, the first entry counts (as in screening)
     */
    public static Map<String, String> fingerprints(List<ListEntry> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ListEntry e : entries) {
            out.putIfAbsent(e.id(), fingerprint(e));
        }
        return out;
    }

    /**
     * The SHA-256 (hex) of what an entry matches on: type, names with their kinds, countries, dates of birth,
     * identifiers and programmes, each set sorted so that order alone is no change.
     *
     * @param e the entry
     * @return 64 lowercase hex digits
     */
    public static String fingerprint(ListEntry e) {
        MessageDigest d = sha256();
        field(d, "type", List.of(e.type().name()));
        field(d, "names", e.names().stream().map(n -> n.kind() + ":" + n.value()).toList());
        field(d, "countries", e.countries());
        field(d, "dob", e.birthDates());
        field(d, "ids", e.identifiers().stream().map(i -> i.scheme() + ":" + i.value()).toList());
        field(d, "programmes", e.programmes());
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The delta between two versions' entries.
     *
     * @param previous the earlier version's entries
     * @param current the later version's entries
     * @return the delta, by {@link #fingerprint}
     */
    public static ListDelta between(List<ListEntry> previous, List<ListEntry> current) {
        return between(fingerprints(previous), fingerprints(current));
    }

    /** @return the ids a re-screening looks at: added and changed */
    public java.util.Set<String> toScreen() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(added);
        out.addAll(changed);
        return out;
    }

    /** @return one {@code entry_id,change} row per id: added, then changed, then removed, each sorted */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        added.stream().sorted().forEach(id -> out.add(List.of(id, "added")));
        changed.stream().sorted().forEach(id -> out.add(List.of(id, "changed")));
        removed.stream().sorted().forEach(id -> out.add(List.of(id, "removed")));
        return out;
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    private static void field(MessageDigest d, String name, Collection<String> values) {
        List<String> sorted = values.stream().sorted().toList();
        // Length-prefixed, so no two different field contents can hash the same text.
        update(d, name);
        update(d, Integer.toString(sorted.size()));
        sorted.forEach(v -> update(d, v));
    }

    private static void update(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
        d.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
