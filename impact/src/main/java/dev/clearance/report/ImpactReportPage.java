package dev.clearance.report;

import dev.clearance.impact.ImpactRun;
import dev.clearance.determination.AnswerText;
import dev.clearance.determination.Determination;
import dev.clearance.impact.ImpactTotals;
import dev.clearance.impact.LicenceTally;
import dev.clearance.impact.LineChange;
import dev.clearance.impact.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The impact report: totals tables with bar charts by destination and licence type, and the first changed lines,
 * in the reader's language (the one-line answers too); codes, rule names and side labels as recorded.
 */
public final class ImpactReportPage {
    private ImpactReportPage() {
    }

    /** In English. */
    public static String render(ImpactTotals t, String beforeLabel, String afterLabel, List<LineChange> examples) {
        return render(t, beforeLabel, afterLabel, examples, ReportText.english());
    }

    /**
     * @param examples some changed lines to show (the first ones of the book); may be empty
     */
    public static String render(ImpactTotals t, String beforeLabel, String afterLabel, List<LineChange> examples,
                                ReportText w) {
        return render(t, beforeLabel, afterLabel, examples, List.of(), w);
    }

    /** @return the report of a run in English, its rejected lines listed with their line numbers and reasons */
    public static String render(ImpactRun.Outcome run, String beforeLabel, String afterLabel) {
        return render(run, beforeLabel, afterLabel, ReportText.english());
    }

    /** @return the report of a run in the language, its rejected lines listed with their line numbers and reasons */
    public static String render(ImpactRun.Outcome run, String beforeLabel, String afterLabel, ReportText w) {
        return render(run.totals(), beforeLabel, afterLabel, run.examples(), run.rejected(), w);
    }

    private static String render(ImpactTotals t, String beforeLabel, String afterLabel, List<LineChange> examples,
            List<ImpactRun.RejectedLine> rejected, ReportText w) {
        StringBuilder b = new StringBuilder();
        String title = w.text("imp.title", beforeLabel, afterLabel);
        b.append(Html.p(null, w.text("imp.lines", t.lines(), t.changedLines(), t.rejectedLines())));
        b.append(Html.p(null, w.text("imp.review", t.addedReviewDays(), t.reviewBecameUnknown())));
        b.append(rejectedLines(t, rejected, w));
        if (t.changedLines() == 0) {
            b.append(Html.p("muted", w.text("imp.noChanges")));
            return Html.page(w.language(), title, b.toString());
        }
        b.append(Html.h2(w.text("imp.byDestination")));
        b.append(BarChart.svg(w.text("imp.chart.destination"), bars(t.byDestination())));
        b.append(tallies(w.text("imp.col.destination"), t.byDestination(), w));
        b.append(Html.h2(w.text("imp.byEntry")));
        b.append(tallies(w.text("imp.col.entry"), t.byEntry(), w));
        b.append(Html.h2(w.text("imp.byLicence")));
        List<BarChart.Bar> net = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, LicenceTally> e : t.byLicence().entrySet()) {
            net.add(new BarChart.Bar(w.text("imp.lost", e.getKey()), -e.getValue().lost()));
            net.add(new BarChart.Bar(w.text("imp.gained", e.getKey()), e.getValue().gained()));
            rows.add(List.of(e.getKey(), Long.toString(e.getValue().lost()), Long.toString(e.getValue().gained())));
        }
        b.append(BarChart.svg(w.text("imp.chart.licence"), net));
        b.append(Html.table(List.of(w.text("imp.col.licenceType"), w.text("imp.col.lostOn"),
                w.text("imp.col.gainedOn")), rows));
        if (!examples.isEmpty()) {
            b.append(Html.h2(w.text("imp.firstChanged")));
            Locale language = Locale.forLanguageTag(w.language());
            List<List<String>> lines = new ArrayList<>();
            for (LineChange c : examples) {
                lines.add(List.of(Html.name(c.line().id()), Long.toString(c.line().line()),
                        Html.name(c.line().request().from() + "→" + c.line().request().to()),
                        Html.name(c.line().request().item() == null ? "NONE" : c.line().request().item()),
                        answer(c.before(), language), answer(c.after(), language),
                        Html.name(String.join(", ", c.reasons()))));
            }
            b.append(Html.tableOfMarkup(List.of(w.text("imp.col.id"), w.text("imp.col.line"), w.text("imp.col.route"),
                    w.text("imp.col.item"), w.text("imp.col.before"), w.text("imp.col.after"),
                    w.text("imp.col.reasons")), lines));
        }
        return Html.page(w.language(), title, b.toString());
    }

    /** The one-line answer in the language; the filing office is data, kept in its source's wording. */
    static String answer(Determination d, Locale language) {
        String summary = AnswerText.summary(d, language);
        String office = d.filingOffice();
        if (office == null || office.isEmpty() || !summary.contains(office)) {
            return Html.escape(summary);
        }
        int at = summary.indexOf(office);
        return Html.escape(summary.substring(0, at)) + Html.recorded(office)
                + Html.escape(summary.substring(at + office.length()));
    }

    /** The rejected lines with their reasons, so a count in the totals is never all a reader gets. */
    private static String rejectedLines(ImpactTotals t, List<ImpactRun.RejectedLine> rejected, ReportText w) {
        if (rejected.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (ImpactRun.RejectedLine r : rejected) {
            rows.add(List.of(Long.toString(r.line()), r.column() == null ? "" : r.column(), r.reason()));
        }
        String heading = rejected.size() < t.rejectedLines()
                ? w.text("imp.rejectedFirst", rejected.size(), t.rejectedLines()) : w.text("imp.rejected");
        return Html.h2(heading) + Html.table(List.of(w.text("imp.col.line"), w.text("imp.col.column"),
                w.text("imp.col.reason")), rows);
    }

    private static List<BarChart.Bar> bars(Map<String, Tally> byKey) {
        return byKey.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue().changed())).toList();
    }

    private static String tallies(String what, Map<String, Tally> byKey, ReportText w) {
        List<List<String>> rows = new ArrayList<>();
        byKey.forEach((k, v) -> rows.add(List.of(k, Long.toString(v.changed()), Long.toString(v.newlyRequired()),
                Long.toString(v.noLongerRequired()), Long.toString(v.addedReviewDays()))));
        return Html.table(List.of(what, w.text("imp.col.changed"), w.text("imp.col.nowNeed"),
                w.text("imp.col.noLongerNeed"), w.text("imp.col.addedReviewDays")), rows);
    }
}
