package dev.clearance.cli;

import dev.clearance.lists.ListEntry;
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
        List<ListEntry> all = new ArrayList<>();
        for (String spec : specs) {
            ListSource source;
            try {
                source = ListSource.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new UserError("--list " + spec + ": " + e.getMessage());
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
        }
        err.flush();
        return all;
    }
}
