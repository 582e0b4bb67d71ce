package dev.clearance.cli;

import dev.clearance.lists.ColumnMapping;
import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListFormat;
import dev.clearance.lists.ListSource;
import dev.clearance.lists.LoadProblem;
import dev.clearance.lists.LoadResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Loads the lists named by repeated {@code --list FORMAT:PATH} options, reporting refused records. */
final class ListsOption {
    private static final int SHOWN_PROBLEMS = 5;

    private ListsOption() {
    }

    /**
     * Every entry of every list; refused records are reported on {@code err} (the first few, then a count)
     * and the rest still load.
     *
     * @throws UserError when a spec is malformed or a list yields nothing at all
     */
    static List<ListEntry> load(List<String> specs, PrintWriter err) {
        return load(specs, List.of(), err);
    }

    /**
     * As {@link #load(List, PrintWriter)}, with the column mappings of the {@code csv} lists: the n-th
     * {@code --map} goes with the n-th csv list (one mapping alone serves them all).
     */
    static List<ListEntry> load(List<String> specs, List<String> maps, PrintWriter err) {
        return loadWithVersions(specs, maps, err).entries();
    }

    /**
     * Loaded entries and, for each, the version of the list it came from: the list's file name(s) and the
     * first 12 hex digits of the SHA-256 of its bytes ({@code un.xml@sha256:0123456789ab}).
     *
     * @param entries  every entry of every list
     * @param versions entry (by identity) to list version
     */
    record Loaded(List<ListEntry> entries, java.util.Map<ListEntry, String> versions) {
        String versionOf(ListEntry e) {
            return versions.getOrDefault(e, "");
        }
    }

    /** As {@link #load(List, List, PrintWriter)}, with each entry's list version. */
    static Loaded loadWithVersions(List<String> specs, List<String> maps, PrintWriter err) {
        List<ListEntry> all = new ArrayList<>();
        java.util.Map<ListEntry, String> versions = new java.util.IdentityHashMap<>();
        int csv = 0;
        for (String spec : specs) {
            ListSource source;
            try {
                source = ListSource.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new UserError("--list " + spec + ": " + e.getMessage());
            }
            if (source.format() == ListFormat.CSV) {
                if (maps.isEmpty()) {
                    throw new UserError("--list " + spec + ": the csv format needs --map name=COLUMN[,alias=COLUMN,...]");
                }
                String map = maps.size() == 1 ? maps.get(0) : csv < maps.size() ? maps.get(csv) : null;
                if (map == null) {
                    throw new UserError("--list " + spec + ": no --map for csv list " + (csv + 1) + " (" + maps.size() + " given)");
                }
                csv++;
                try {
                    source = source.withMapping(ColumnMapping.parse(map));
                } catch (IllegalArgumentException e) {
                    throw new UserError("--map " + map + ": " + e.getMessage());
                }
            }
            LoadResult result = source.load();
            List<LoadProblem> problems = result.problems();
            for (int i = 0; i < Math.min(SHOWN_PROBLEMS, problems.size()); i++) {
                err.println("clearance: warning: " + problems.get(i));
            }
            if (problems.size() > SHOWN_PROBLEMS) {
                err.println("clearance: warning: ... and " + (problems.size() - SHOWN_PROBLEMS)
                        + " more refused record(s) in " + spec);
            }
            if (result.entries().isEmpty()) {
                throw new UserError("--list " + spec + ": no entries loaded"
                        + (problems.isEmpty() ? "" : " (" + problems.get(0) + ")"));
            }
            all.addAll(result.entries());
            String version = versionName(source, result);
            result.entries().forEach(e -> versions.put(e, version));
        }
        if (csv > 0 && maps.size() > 1 && maps.size() != csv) {
            throw new UserError("--map: " + maps.size() + " mappings for " + csv + " csv list(s)");
        }
        err.flush();
        return new Loaded(all, versions);
    }

    private static String versionName(ListSource source, LoadResult result) {
        StringBuilder b = new StringBuilder();
        for (java.nio.file.Path p : source.paths()) {
            b.append(b.length() > 0 ? "+" : "").append(p.getFileName());
        }
        String sum = result.checksum();
        return sum == null || sum.isEmpty() ? b.toString() : b + "@sha256:" + sum.substring(0, Math.min(12, sum.length()));
    }
}
