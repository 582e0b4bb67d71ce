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
     * Every entry of every list; refused records are reported on {@code err} (the first few, then a count)
     * and the rest still load.
     *
     * @throws UserError when a spec is malformed or a list yields nothing at all
     */
    static List<ListEntry> load(List<String> specs, PrintWriter err) {
        try {
            return ListSpecs.load(specs, warning -> err.println("clearance: " + warning));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } finally {
            err.flush();
        }
    }
}
