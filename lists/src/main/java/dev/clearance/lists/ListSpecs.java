package dev.clearance.lists;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Loads the lists named by {@code FORMAT:PATH} specs (as given with {@code --list}), reporting refused records. */
public final class ListSpecs {
    private static final int SHOWN_PROBLEMS = 5;

    private ListSpecs() {
    }

    /**
     * Every entry of every list, in the order given; refused records are passed to {@code warning} (the
     * first few of each list, then a count) and the rest still load.
     *
     * @throws IllegalArgumentException naming the spec ({@code --list SPEC: ...}) when it is malformed or
     *                                  the list yields nothing at all
     */
    public static List<ListEntry> load(List<String> specs, Consumer<String> warning) {
        return load(specs, List.of(), warning).entries();
    }

    /**
     * Loaded entries and, for each, the version of the list it came from: the list's file name(s) and the
     * first 12 hex digits of the SHA-256 of its bytes ({@code un.xml@sha256:0123456789ab}).
     *
     * @param entries  every entry of every list
     * @param versions entry (by identity) to list version
     */
    public record Loaded(List<ListEntry> entries, Map<ListEntry, String> versions) {
        /** @return the version of the list an entry came from, or the empty string */
        public String versionOf(ListEntry e) {
            return versions.getOrDefault(e, "");
        }
    }

    /**
     * As {@link #load(List, Consumer)}, with the column mappings of the {@code csv} lists (the n-th mapping goes
     * with the n-th csv list; one mapping alone serves them all), and each entry's list version.
     *
     * @throws IllegalArgumentException naming the option ({@code --list SPEC: ...} or {@code --map MAP: ...}),
     *                                  also when one file of a list is missing, a directory or unreadable
     */
    public static Loaded load(List<String> specs, List<String> maps, Consumer<String> warning) {
        List<ListEntry> all = new ArrayList<>();
        Map<ListEntry, String> versions = new IdentityHashMap<>();
        int csv = 0;
        for (String spec : specs) {
            ListSource source;
            try {
                source = ListSource.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--list " + spec + ": " + e.getMessage(), e);
            }
            if (source.format() == ListFormat.CSV) {
                if (maps.isEmpty()) {
                    throw new IllegalArgumentException("--list " + spec
                            + ": the csv format needs --map name=COLUMN[,alias=COLUMN,...]");
                }
                String map = maps.size() == 1 ? maps.get(0) : csv < maps.size() ? maps.get(csv) : null;
                if (map == null) {
                    throw new IllegalArgumentException("--list " + spec + ": no --map for csv list " + (csv + 1)
                            + " (" + maps.size() + " given)");
                }
                csv++;
                try {
                    source = source.withMapping(ColumnMapping.parse(map));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--map " + map + ": " + e.getMessage(), e);
                }
            }
            // A file of the list that is not there would leave its entries out with no more than a warning; the
            // caller asked for the whole list, so nothing is screened against a part of it.
            for (java.nio.file.Path p : source.paths()) {
                String unusable = !java.nio.file.Files.exists(p) ? "no such file"
                        : java.nio.file.Files.isDirectory(p) ? "is a directory, not a list file"
                        : !java.nio.file.Files.isReadable(p) ? "cannot read: permission denied" : null;
                if (unusable != null) {
                    throw new IllegalArgumentException("--list " + spec + ": " + p + ": " + unusable);
                }
            }
            LoadResult result = source.load();
            List<LoadProblem> problems = result.problems();
            for (int i = 0; i < Math.min(SHOWN_PROBLEMS, problems.size()); i++) {
                warning.accept("warning: " + problems.get(i));
            }
            if (problems.size() > SHOWN_PROBLEMS) {
                warning.accept("warning: ... and " + (problems.size() - SHOWN_PROBLEMS)
                        + " more refused record(s) in " + spec);
            }
            if (result.entries().isEmpty()) {
                throw new IllegalArgumentException("--list " + spec + ": no entries loaded"
                        + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
            }
            all.addAll(result.entries());
            String version = versionName(source, result);
            result.entries().forEach(e -> versions.put(e, version));
        }
        if (csv > 0 && maps.size() > 1 && maps.size() != csv) {
            throw new IllegalArgumentException("--map: " + maps.size() + " mappings for " + csv + " csv list(s)");
        }
        return new Loaded(all, versions);
    }

    private static String versionName(ListSource source, LoadResult result) {
        StringBuilder b = new StringBuilder();
        for (java.nio.file.Path p : source.paths()) {
            b.append(b.length() > 0 ? "+" : "").append(p.getFileName());
        }
        String sum = result.checksum();
        return sum == null || sum.isEmpty() ? b.toString()
                : b + "@sha256:" + sum.substring(0, Math.min(12, sum.length()));
    }
}
