package dev.clearance.report;

import dev.clearance.impact.ImpactRun;
import dev.clearance.impact.ImpactTotals;
import dev.clearance.impact.LicenceTally;
import dev.clearance.impact.LineChange;
import dev.clearance.impact.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The impact report: totals tables with bar charts by destination and licence type, and the first changed lines. */
public final class ImpactReportPage {
    private ImpactReportPage() {
    }

    /**
     * @param examples some changed lines to show (the first ones of the book); may be empty
     */
    public static String render(ImpactTotals t, String beforeLabel, String afterLabel, List<LineChange> examples) {
        return render(t, beforeLabel, afterLabel, examples, List.of());
    }

    /** @return the report of a run, its rejected lines listed with their line numbers and reasons */
    public static String render(ImpactRun.Outcome run, String beforeLabel, String afterLabel) {
        return render(run.totals(), beforeLabel, afterLabel, run.examples(), run.rejected());
    }

    private static String render(ImpactTotals t, String beforeLabel, String afterLabel, List<LineChange> examples,
            List<ImpactRun.RejectedLine> rejected) {
        StringBuilder b = new StringBuilder();
        b.append(Html.p(null, t.lines() + " order line(s) determined, " + t.changedLines() + " changed, "
                + t.rejectedLines() + " rejected as bad input."));
        b.append(Html.p(null, "Added review time across the book: " + t.addedReviewDays()
                + " day(s), over lines with a review time on both sides; " + t.reviewBecameUnknown()
                + " line(s) had a review time before and have none after."));
        b.append(rejectedLines(t, rejected));
        if (t.changedLines() == 0) {
            b.append(Html.p("muted", "No order line changes."));
            return Html.page("Impact: " + beforeLabel + " → " + afterLabel, b.toString());
        }
        b.append(Html.h2("By destination"));
        b.append(BarChart.svg("Changed lines by destination", bars(t.byDestination())));
        b.append(tallies("destination", t.byDestination()));
        b.append(Html.h2("By control entry"));
        b.append(tallies("control entry", t.byEntry()));
        b.append(Html.h2("By licence type"));
        List<BarChart.Bar> net = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, LicenceTally> e : t.byLicence().entrySet()) {
            net.add(new BarChart.Bar(e.getKey() + " lost", -e.getValue().lost()));
            net.add(new BarChart.Bar(e.getKey() + " gained", e.getValue().gained()));
            rows.add(List.of(e.getKey(), Long.toString(e.getValue().lost()), Long.toString(e.getValue().gained())));
        }
        b.append(BarChart.svg("Lines on which a licence type was lost or gained", net));
        b.append(Html.table(List.of("licence type", "lost on", "gained on"), rows));
        if (!examples.isEmpty()) {
            b.append(Html.h2("First changed lines"));
            List<List<String>> lines = new ArrayList<>();
            for (LineChange c : examples) {
                lines.add(List.of(c.line().id(), Long.toString(c.line().line()), c.line().request().from() + "→"
                        + c.line().request().to(), c.line().request().item() == null ? "NONE" : c.line().request().item(),
                        c.before().summary(), c.after().summary(), String.join(", ", c.reasons())));
            }
            b.append(Html.table(List.of("id", "line", "route", "item", "before", "after", "reasons"), lines));
        }
        return Html.page("Impact: " + beforeLabel + " → " + afterLabel, b.toString());
    }

    /** The rejected lines with their reasons, so a count in the totals is never all a reader gets. */
    private static String rejectedLines(ImpactTotals t, List<ImpactRun.RejectedLine> rejected) {
        if (rejected.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (ImpactRun.RejectedLine r : rejected) {
            rows.add(List.of(Long.toString(r.line()), r.column() == null ? "" : r.column(), r.reason()));
        }
        String heading = rejected.size() < t.rejectedLines() ? "Rejected lines (the first " + rejected.size()
                + " of " + t.rejectedLines() + ")" : "Rejected lines";
        return Html.h2(heading) + Html.table(List.of("line", "column", "reason"), rows);
    }

    private static List<BarChart.Bar> bars(Map<String, Tally> byKey) {
        return byKey.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue().changed())).toList();
    }

    private static String tallies(String what, Map<String, Tally> byKey) {
        List<List<String>> rows = new ArrayList<>();
        byKey.forEach((k, v) -> rows.add(List.of(k, Long.toString(v.changed()), Long.toString(v.newlyRequired()),
                Long.toString(v.noLongerRequired()), Long.toString(v.addedReviewDays()))));
        return Html.table(List.of(what, "changed lines", "now need a licence", "no longer need one",
                "added review days"), rows);
    }
}
