package dev.clearance.cli;

import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListSpecs;
import java.io.PrintWriter;
import java.util.List;

/** Loads the lists named by repeated {@code --list FORMAT:PATH} options, reporting refused records. */
final class ListsOption {
    private ListsOption() {
    }

    /**
     * Every entry of every list, in the order given; refused records are reported on {@code err} (the first few
     * of each list, then a count) and the rest still load.
     *
     * @throws UserError when a spec is malformed or a list yields nothing at all
     */
    static List<ListEntry> load(List<String> specs, PrintWriter err) {
        return loadWithVersions(specs, List.of(), err).entries();
    }

    /**
     * As {@link #load(List, PrintWriter)}, with the column mappings of the {@code csv} lists (the n-th
     * {@code --map} goes with the n-th csv list; one mapping alone serves them all) and each entry's list version.
     */
    static ListSpecs.Loaded loadWithVersions(List<String> specs, List<String> maps, PrintWriter err) {
        try {
            return ListSpecs.load(specs, maps, warning -> err.println("clearance: " + warning));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } finally {
            err.flush();
        }
    }
}
