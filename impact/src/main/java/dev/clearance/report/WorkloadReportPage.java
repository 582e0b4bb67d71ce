package dev.clearance.report;

import dev.clearance.impact.WorkloadEstimate;
import dev.clearance.impact.WorkloadSide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The workload report: applications by route and officer-days, before and after, as bars and tables, in the
 * reader's language. The caveats of the determinations behind it are trace texts, kept as the trace words them.
 */
public final class WorkloadReportPage {
    private WorkloadReportPage() {
    }

    /** In English. */
    public static String render(WorkloadEstimate e) {
        return render(e, ReportText.english());
    }

    public static String render(WorkloadEstimate e, ReportText w) {
        WorkloadSide b = e.before();
        WorkloadSide a = e.after();
        StringBuilder s = new StringBuilder();
        s.append(Html.p(null, w.text("wl.scope", e.inScope(), e.lines(), e.rejected(),
                e.first() == null ? w.text("none") : w.text("wl.span", e.first(), e.last()), e.months())));
        s.append(Html.h2(w.text("wl.byRoute")));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        TreeSet<String> routes = new TreeSet<>(b.applications().keySet());
        routes.addAll(a.applications().keySet());
        for (String r : routes) {
            long nb = b.applications().getOrDefault(r, 0L);
            long na = a.applications().getOrDefault(r, 0L);
            bars.add(new BarChart.Bar(w.text("wl.before", r), nb));
            bars.add(new BarChart.Bar(w.text("wl.after", r), na));
            rows.add(List.of(r, Long.toString(nb), Long.toString(na), Long.toString(na - nb),
                    Long.toString(b.reviewDays().getOrDefault(r, 0L)), Long.toString(a.reviewDays().getOrDefault(r, 0L))));
        }
        s.append(BarChart.svg(w.text("wl.chart.applications"), bars));
        s.append(Html.table(List.of(w.text("wl.col.route"), w.text("wl.col.before"), w.text("wl.col.after"),
                w.text("wl.col.change"), w.text("wl.col.reviewBefore"), w.text("wl.col.reviewAfter")), rows));
        s.append(Html.h2(w.text("wl.officerTime")));
        s.append(BarChart.svg(w.text("wl.chart.officerDays"), List.of(
                new BarChart.Bar(b.label(), Math.round(b.officerDays())),
                new BarChart.Bar(a.label(), Math.round(a.officerDays())))));
        List<List<String>> time = new ArrayList<>();
        time.add(List.of(w.text("wl.row.officerDays"), fmt(b.officerDays()), fmt(a.officerDays())));
        time.add(List.of(w.text("wl.row.perMonth"), fmt(b.officerDaysPerMonth()), fmt(a.officerDaysPerMonth())));
        if (b.backlog() != null) {
            time.add(List.of(w.text("wl.row.utilisation"), fmt(b.backlog().utilisation()),
                    fmt(a.backlog().utilisation())));
            time.add(List.of(w.text("wl.row.peakBacklog"), fmt(b.backlog().peakOfficerDays()),
                    fmt(a.backlog().peakOfficerDays())));
            time.add(List.of(w.text("wl.row.endBacklog"), fmt(b.backlog().endOfficerDays()),
                    fmt(a.backlog().endOfficerDays())));
            time.add(List.of(w.text("wl.row.monthsToClear"), fmt(b.backlog().monthsToClear()),
                    fmt(a.backlog().monthsToClear())));
        }
        s.append(Html.table(List.of("", b.label(), a.label()), time));
        for (WorkloadSide side : List.of(b, a)) {
            if (!side.notes().isEmpty()) {
                s.append(Html.h2(w.text("wl.caveats", side.label())));
                List<List<String>> notes = new ArrayList<>();
                side.notes().forEach((rule, effect) -> notes.add(List.of(Html.name(rule), Html.recorded(effect))));
                s.append(Html.tableOfMarkup(List.of(w.text("wl.col.rule"), w.text("wl.col.says")), notes));
            }
        }
        s.append(Html.pMarkup("muted", Html.escape(w.text("wl.assumptions")) + " " + Html.name(settings(e))));
        return Html.page(w.language(), w.text("wl.title", b.label(), a.label()), s.toString());
    }

    /** The settings as name=value pairs (the assumption note is the sentence above, in the reader's language). */
    private static String settings(WorkloadEstimate e) {
        Map<String, Object> m = new LinkedHashMap<>(e.settings().describe());
        m.remove("note");
        return m.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
