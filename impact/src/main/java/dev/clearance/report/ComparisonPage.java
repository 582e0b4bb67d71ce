package dev.clearance.report;

import dev.clearance.determination.Determination;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.impact.RegimeProfile;
import dev.clearance.impact.Treatment;
import java.util.List;

/**
 * Two regimes side by side on one day, and how each treats the other, in the reader's language. The statements of
 * the regime profile are the regime data's own English wording (with their sources) and are marked so.
 */
public final class ComparisonPage {
    /** The catalogue key of each of {@link RegimeProfile#HEADINGS}, in the same order. */
    private static final List<String> HEADING_KEYS = List.of("cmp.heading.groups", "cmp.heading.licences",
            "cmp.heading.catchAll", "cmp.heading.review", "cmp.heading.measures", "cmp.heading.sanctions");

    private ComparisonPage() {
    }

    /** In English. */
    public static String render(RegimeComparison c) {
        return render(c, ReportText.english());
    }

    public static String render(RegimeComparison c, ReportText w) {
        RegimeProfile l = c.left();
        RegimeProfile r = c.right();
        StringBuilder b = new StringBuilder();
        // the regimes' names are the data's own (English) names
        b.append(Html.pMarkup("muted", w.markup("cmp.intro", Html.recorded(l.name()), Html.name(l.version()),
                Html.recorded(r.name()), Html.name(r.version()), Html.escape(c.day().toString()))));
        for (int h = 0; h < RegimeProfile.HEADINGS.size(); h++) {
            String heading = RegimeProfile.HEADINGS.get(h);
            b.append(Html.h2(w.text(HEADING_KEYS.get(h))));
            b.append("<table><thead><tr><th>").append(Html.name(l.jurisdiction())).append("</th><th>")
                    .append(Html.name(r.jurisdiction())).append("</th></tr></thead><tbody>\n");
            List<RegimeProfile.Row> left = l.sections().get(heading);
            List<RegimeProfile.Row> right = r.sections().get(heading);
            for (int i = 0; i < Math.max(1, Math.max(left.size(), right.size())); i++) {
                b.append("<tr><td>").append(cell(left, i, w)).append("</td><td>").append(cell(right, i, w))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        b.append(Html.h2(w.text("cmp.treatments")));
        c.treatments().forEach(t -> treatment(b, t, w));
        return Html.page(w.language(), w.text("cmp.title", l.jurisdiction(), r.jurisdiction(), c.day()), b.toString());
    }

    private static String cell(List<RegimeProfile.Row> rows, int i, ReportText w) {
        if (i >= rows.size()) {
            return rows.isEmpty() && i == 0 ? "<span class=\"muted\">" + Html.escape(w.text("none")) + "</span>" : "";
        }
        RegimeProfile.Row row = rows.get(i);
        return "<strong>" + Html.name(row.subject()) + "</strong>: " + Html.recorded(row.statement())
                + "<div class=\"source\">" + Html.recorded(row.source()) + "</div>";
    }

    private static void treatment(StringBuilder b, Treatment t, ReportText w) {
        String destination = t.alike().isEmpty() ? t.to() : w.text("cmp.alike", t.to(), String.join(", ", t.alike()));
        b.append("<h3>").append(Html.escape(t.from() + " → " + destination)).append("</h3>\n");
        b.append(Html.p(null, w.text("cmp.standing", t.to(), t.standing().groups().isEmpty() ? w.text("cmp.noGroup")
                : String.join(", ", t.standing().groups()), t.from())));
        for (String caveat : t.standing().caveats()) {
            b.append(Html.pMarkup("source", Html.escape(w.text("cmp.caveat")) + " " + Html.recorded(caveat)));
        }
        List<List<String>> rows = t.samples().stream().map(s -> {
            Determination d = s.determination();
            return List.of(Html.escape(w.text("cmp.sample." + s.kind(), s.item())),
                    Html.escape(w.yesNo(d.licenceRequired())),
                    Html.name(String.join(", ", d.licenceOptions())), Html.escape(w.yesNo(d.catchAll())),
                    d.reviewDays() == null ? "" : d.reviewDays().toString(),
                    d.documents() == null ? "" : d.documents().toString());
        }).toList();
        b.append(Html.tableOfMarkup(List.of(w.text("cmp.col.export"), w.text("cmp.col.licenceRequired"),
                w.text("cmp.col.licenceOptions"), w.text("cmp.col.catchAll"), w.text("cmp.col.reviewDays"),
                w.text("cmp.col.documents")), rows));
    }
}
