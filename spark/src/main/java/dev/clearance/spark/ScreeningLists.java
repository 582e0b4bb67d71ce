package dev.clearance.spark;

import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Screener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The list entries a job screens against, and for a delta job the ids of the entries to screen. Shipped
 * to the executors once, in a broadcast.
 *
 * <p>Why the entries and not the {@link Screener}: the screener is not {@code Serializable} (its index
 * holds per-thread scratch space and a concurrent memo), and its index (deletion neighbourhoods,
 * phonetic keys) is several times larger than the entries it is built from, so shipping the entries and
 * building the index once in each executor JVM, on first use, moves less data and keeps the index code
 * in one place. In {@code local[N]} the driver and the executors share one JVM, so it is built once.
 */
public final class ScreeningLists implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Screeners built in this JVM, by lists key; the two latest kept (a job uses one). */
    private static final Map<String, Built> BUILT = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Built> eldest) {
            return size() > 2;
        }
    };

    private final String key = UUID.randomUUID().toString();
    /**
     * The entries in Java serialisation (records rebuild through their checking constructor): a byte array
     * travels the same under any {@code spark.serializer}, where Kryo could not rebuild records.
     */
    private final byte[] entries;
    private final int size;
    private final HashSet<String> toScreen;
    /**
     * The version of the list each entry came from, in the order of the entries, for the {@code list_version} column
     * (by position: two lists may hold the same entry id in different versions); null when not given.
     */
    private String[] versions;

    private ScreeningLists(List<ListEntry> entries, Set<String> toScreen) {
        this.entries = serialise(new ArrayList<>(entries));
        this.size = entries.size();
        this.toScreen = toScreen == null ? null : new HashSet<>(toScreen);
    }

    private static byte[] serialise(ArrayList<ListEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private List<ListEntry> entries() {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(entries))) {
            return (List<ListEntry>) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("list entries shipped to a JVM without Clearance's classes", e);
        }
    }

    /** Every entry is screened against. */
    /**
     * Records the version of the list each entry came from (as {@code screen --in} writes it).
     *
     * @param loaded    the entries this object was made of, in the same order
     * @param versionOf the version of an entry's list
     * @return this
     */
    public ScreeningLists withVersions(List<ListEntry> loaded, java.util.function.Function<ListEntry, String> versionOf) {
        if (loaded.size() != size) {
            throw new IllegalArgumentException(loaded.size() + " entries given for " + size + " loaded");
        }
        versions = loaded.stream().map(versionOf).toArray(String[]::new);
        return this;
    }

    /** @return the version of the list the matched entry {@code e} came from, or the empty string */
    public String versionOf(ListEntry e) {
        return built().versionOf(this, e);
    }

    public static ScreeningLists full(List<ListEntry> entries) {
        return new ScreeningLists(entries, null);
    }

    /**
     * Only the entries with the given ids are screened against, scored as in the whole list
     * ({@link Screener#restrictedTo}).
     */
    public static ScreeningLists only(List<ListEntry> entries, Set<String> entryIds) {
        return new ScreeningLists(entries, entryIds);
    }

    /** Whether only some entries are screened against. */
    public boolean isDelta() {
        return toScreen != null;
    }

    /** Ids of the entries screened against in a delta job; empty for a full job. */
    public Set<String> toScreen() {
        return toScreen == null ? Set.of() : Set.copyOf(toScreen);
    }

    boolean screens(String entryId) {
        return toScreen == null || toScreen.contains(entryId);
    }

    /** Number of entries loaded. */
    public int size() {
        return size;
    }

    /** The screener over every entry, built once in this JVM. */
    public Screener whole() {
        return built().whole(this);
    }

    /** The screener over the entries to screen ({@link #whole()} for a full job), built once in this JVM. */
    public Screener screened() {
        return toScreen == null ? whole() : built().restricted(whole(), toScreen);
    }

    private Built built() {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(key, k -> new Built());
        }
    }

    /** The screeners of one lists object in one JVM: tasks running at once wait for the first build. */
    private static final class Built {
        private Screener whole;
        private Screener restricted;

        private final java.util.IdentityHashMap<ListEntry, String> versions = new java.util.IdentityHashMap<>();

        synchronized Screener whole(ScreeningLists lists) {
            if (whole == null) {
                List<ListEntry> entries = lists.entries();
                // A screener's matches are these very entry objects: their versions are found by identity.
                for (int i = 0; lists.versions != null && i < entries.size(); i++) {
                    versions.put(entries.get(i), lists.versions[i]);
                }
                whole = Screener.of(entries);
            }
            return whole;
        }

        synchronized String versionOf(ScreeningLists lists, ListEntry e) {
            whole(lists);
            return versions.getOrDefault(e, "");
        }

        synchronized Screener restricted(Screener of, Set<String> ids) {
            if (restricted == null) {
                restricted = of.restrictedTo(ids);
            }
            return restricted;
        }
    }
}
