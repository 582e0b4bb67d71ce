package dev.clearance.report;

import dev.clearance.determination.Determination;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.impact.RegimeProfile;
import dev.clearance.impact.Treatment;
import java.util.List;

/** Two regimes side by side on one day, and how each treats the other. */
public final class ComparisonPage {
    private ComparisonPage() {
    }

    public static String render(RegimeComparison c) {
        RegimeProfile l = c.left();
        RegimeProfile r = c.right();
        StringBuilder b = new StringBuilder();
        b.append(Html.p("muted", l.name() + " (data " + l.version() + ") and " + r.name() + " (data " + r.version()
                + "), as of " + c.day() + "."));
        for (String heading : RegimeProfile.HEADINGS) {
            b.append(Html.h2(heading));
            b.append("<table><thead><tr><th>").append(Html.escape(l.jurisdiction())).append("</th><th>")
                    .append(Html.escape(r.jurisdiction())).append("</th></tr></thead><tbody>\n");
            List<RegimeProfile.Row> left = l.sections().get(heading);
            List<RegimeProfile.Row> right = r.sections().get(heading);
            for (int i = 0; i < Math.max(1, Math.max(left.size(), right.size())); i++) {
                b.append("<tr><td>").append(cell(left, i)).append("</td><td>").append(cell(right, i))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        b.append(Html.h2("How each treats the other"));
        c.treatments().forEach(t -> treatment(b, t));
        return Html.page("Regimes compared: " + l.jurisdiction() + " and " + r.jurisdiction() + " on " + c.day(),
                b.toString());
    }

    private static String cell(List<RegimeProfile.Row> rows, int i) {
        if (i >= rows.size()) {
            return rows.isEmpty() && i == 0 ? "<span class=\"muted\">(none)</span>" : "";
        }
        RegimeProfile.Row row = rows.get(i);
        return "<strong>" + Html.escape(row.subject()) + "</strong>: " + Html.escape(row.statement())
                + "<div class=\"source\">" + Html.escape(row.source()) + "</div>";
    }

    private static void treatment(StringBuilder b, Treatment t) {
        b.append("<h3>").append(Html.escape(t.from() + " → " + t.destination())).append("</h3>\n");
        b.append(Html.p(null, t.to() + " is in " + (t.standing().groups().isEmpty() ? "no group"
                : String.join(", ", t.standing().groups())) + " of the " + t.from() + " regime."));
        for (String caveat : t.standing().caveats()) {
            b.append(Html.p("source", "Caveat: " + caveat));
        }
        List<List<String>> rows = t.samples().stream().map(s -> {
            Determination d = s.determination();
            return List.of(s.label(), d.licenceRequired() ? "yes" : "no", String.join(", ", d.licenceOptions()),
                    d.catchAll() ? "yes" : "no", d.reviewDays() == null ? "" : d.reviewDays().toString(),
                    d.documents() == null ? "" : d.documents().toString());
        }).toList();
        b.append(Html.table(List.of("export", "licence required", "licence options", "catch-all", "review days",
                "documents"), rows));
    }
}
