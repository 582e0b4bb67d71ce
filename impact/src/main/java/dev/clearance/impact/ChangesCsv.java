package dev.clearance.impact;

import dev.clearance.csv.CsvWriter;
import dev.clearance.determination.Determination;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes {@code changes.csv}: the order columns as read, then licence options and review days before
 * and after, the other determination fields before and after, and the rules that made the difference.
 */
public final class ChangesCsv implements BookImpact.Listener {
    /** The columns after the order's own. */
    public static final List<String> COLUMNS = List.of("before_licence_options", "after_licence_options",
            "before_review_days", "after_review_days", "before_licence_required", "after_licence_required",
            "before_catch_all", "after_catch_all", "before_documents", "after_documents", "before_prohibited",
            "after_prohibited", "before_policy", "after_policy", "before_authority", "after_authority", "reasons");
    private final CsvWriter out;

    public ChangesCsv(CsvWriter out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) throws IOException {
        List<String> h = new ArrayList<>(columns);
        h.addAll(COLUMNS);
        out.write(h);
    }

    @Override
    public void changed(LineChange c) throws IOException {
        List<String> row = new ArrayList<>(c.line().fields());
        Determination b = c.before();
        Determination a = c.after();
        pair(row, b, a, d -> String.join("|", d.licenceOptions()));
        pair(row, b, a, d -> text(d.reviewDays()));
        pair(row, b, a, d -> Boolean.toString(d.licenceRequired()));
        pair(row, b, a, d -> Boolean.toString(d.catchAll()));
        pair(row, b, a, d -> text(d.documents()));
        pair(row, b, a, d -> Boolean.toString(d.prohibited()));
        pair(row, b, a, Determination::policyWord);
        pair(row, b, a, d -> d.authority() == null ? "" : d.authority());
        row.add(String.join("|", c.reasons()));
        out.write(row);
    }

    private static void pair(List<String> row, Determination b, Determination a, Function<Determination, String> f) {
        row.add(f.apply(b));
        row.add(f.apply(a));
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
