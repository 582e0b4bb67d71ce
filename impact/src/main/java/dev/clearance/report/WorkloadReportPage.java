package dev.clearance.report;

import dev.clearance.impact.WorkloadEstimate;
import dev.clearance.impact.WorkloadSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The workload report: applications by route and officer-days, before and after, as bars and tables. */
public final class WorkloadReportPage {
    private WorkloadReportPage() {
    }

    public static String render(WorkloadEstimate e) {
        WorkloadSide b = e.before();
        WorkloadSide a = e.after();
        StringBuilder s = new StringBuilder();
        s.append(Html.p(null, e.inScope() + " of " + e.lines() + " order line(s) in scope, " + e.rejected()
                + " rejected as bad input; span " + (e.first() == null ? "none" : e.first() + " to " + e.last())
                + " (" + e.months() + " month(s))."));
        s.append(Html.h2("Applications by route"));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        TreeSet<String> routes = new TreeSet<>(b.applications().keySet());
        routes.addAll(a.applications().keySet());
        for (String r : routes) {
            long nb = b.applications().getOrDefault(r, 0L);
            long na = a.applications().getOrDefault(r, 0L);
            bars.add(new BarChart.Bar(r + " before", nb));
            bars.add(new BarChart.Bar(r + " after", na));
            rows.add(List.of(r, Long.toString(nb), Long.toString(na), Long.toString(na - nb),
                    Long.toString(b.reviewDays().getOrDefault(r, 0L)), Long.toString(a.reviewDays().getOrDefault(r, 0L))));
        }
        s.append(BarChart.svg("Applications before and after", bars));
        s.append(Html.table(List.of("route", "before", "after", "change", "review days before", "review days after"),
                rows));
        s.append(Html.h2("Officer time"));
        s.append(BarChart.svg("Officer-days before and after", List.of(
                new BarChart.Bar(b.label(), Math.round(b.officerDays())),
                new BarChart.Bar(a.label(), Math.round(a.officerDays())))));
        List<List<String>> time = new ArrayList<>();
        time.add(List.of("officer-days", fmt(b.officerDays()), fmt(a.officerDays())));
        time.add(List.of("officer-days per month", fmt(b.officerDaysPerMonth()), fmt(a.officerDaysPerMonth())));
        if (b.backlog() != null) {
            time.add(List.of("utilisation", fmt(b.backlog().utilisation()), fmt(a.backlog().utilisation())));
            time.add(List.of("peak backlog (officer-days)", fmt(b.backlog().peakOfficerDays()),
                    fmt(a.backlog().peakOfficerDays())));
            time.add(List.of("backlog at end (officer-days)", fmt(b.backlog().endOfficerDays()),
                    fmt(a.backlog().endOfficerDays())));
            time.add(List.of("months to clear it", fmt(b.backlog().monthsToClear()), fmt(a.backlog().monthsToClear())));
        }
        s.append(Html.table(List.of("", b.label(), a.label()), time));
        for (WorkloadSide side : List.of(b, a)) {
            if (!side.notes().isEmpty()) {
                s.append(Html.h2("Caveats of the determinations behind the applications (" + side.label() + ")"));
                List<List<String>> notes = new ArrayList<>();
                side.notes().forEach((rule, effect) -> notes.add(List.of(rule, effect)));
                s.append(Html.table(List.of("rule", "what it says"), notes));
            }
        }
        s.append(Html.p("muted", "Officer minutes per application are assumptions, not from the regime sources: "
                + e.settings().describe()));
        return Html.page("Licensing workload: " + b.label() + " → " + a.label(), s.toString());
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
