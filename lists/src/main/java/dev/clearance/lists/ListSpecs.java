package dev.clearance.lists;

import java.util.ArrayList;
import java.util.List;
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
        List<ListEntry> all = new ArrayList<>();
        for (String spec : specs) {
            ListSource source;
            try {
                source = ListSource.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--list " + spec + ": " + e.getMessage(), e);
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
        }
        return all;
    }
}
