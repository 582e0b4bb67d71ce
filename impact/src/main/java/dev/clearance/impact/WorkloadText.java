package dev.clearance.impact;

import java.util.Locale;
import java.util.TreeSet;

/** A workload estimate as plain text, for the terminal. */
public final class WorkloadText {
    private WorkloadText() {
    }

    public static String render(WorkloadEstimate e) {
        StringBuilder s = new StringBuilder();
        s.append("Licensing workload: ").append(e.before().label()).append(" -> ").append(e.after().label())
                .append('\n');
        s.append("  ").append(e.inScope()).append(" of ").append(e.lines()).append(" order line(s) in scope, ")
                .append(e.rejected()).append(" rejected; span ")
                .append(e.first() == null ? "none" : e.first() + " to " + e.last()).append(" (").append(e.months())
                .append(" month(s))\n\n");
        s.append(String.format(Locale.ROOT, "  %-28s %12s %12s %12s%n", "applications by route", "before", "after",
                "change"));
        TreeSet<String> routes = new TreeSet<>(e.before().applications().keySet());
        routes.addAll(e.after().applications().keySet());
        for (String r : routes) {
            long b = e.before().applications().getOrDefault(r, 0L);
            long a = e.after().applications().getOrDefault(r, 0L);
            s.append(String.format(Locale.ROOT, "  %-28s %12d %12d %12s%n", r, b, a, ImpactText.signed(a - b)));
        }
        row(s, "review days carried", WorkloadEstimate.sum(e.before().reviewDays()),
                WorkloadEstimate.sum(e.after().reviewDays()));
        rowD(s, "officer-days", e.before().officerDays(), e.after().officerDays());
        rowD(s, "officer-days per month", e.before().officerDaysPerMonth(), e.after().officerDaysPerMonth());
        if (e.before().backlog() != null) {
            WorkloadSide.Backlog b = e.before().backlog();
            WorkloadSide.Backlog a = e.after().backlog();
            s.append(String.format(Locale.ROOT, "%n  with %d officer(s), %.0f officer-days a month:%n",
                    e.settings().officers(), b.capacityPerMonth()));
            rowD(s, "utilisation", b.utilisation(), a.utilisation());
            rowD(s, "peak backlog (officer-days)", b.peakOfficerDays(), a.peakOfficerDays());
            rowD(s, "backlog at end (officer-days)", b.endOfficerDays(), a.endOfficerDays());
            rowD(s, "months to clear it", b.monthsToClear(), a.monthsToClear());
        }
        long unknown = e.before().unknownReview() + e.after().unknownReview();
        if (unknown > 0) {
            s.append("\n  ").append(e.before().unknownReview()).append(" application(s) before and ")
                    .append(e.after().unknownReview()).append(" after have no review period in the sources.\n");
        }
        notes(s, e.before());
        notes(s, e.after());
        s.append("\n  Assumptions (not from the sources): ").append(WorkloadSettings.INDIVIDUAL_MINUTES)
                .append(" officer minutes per individual application, ").append(WorkloadSettings.BULK_MINUTES)
                .append(" per bulk one unless --minutes-per-application says otherwise; ")
                .append(e.settings().minutesPerOfficerDay()).append(" minutes an officer-day.\n");
        return s.toString();
    }

    private static void notes(StringBuilder s, WorkloadSide side) {
        if (side.notes().isEmpty()) {
            return;
        }
        s.append("\n  Caveats of the determinations behind the applications (").append(side.label()).append("):\n");
        side.notes().forEach((rule, effect) -> s.append("    ").append(rule).append(": ").append(effect).append('\n'));
    }

    private static void row(StringBuilder s, String label, long b, long a) {
        s.append(String.format(Locale.ROOT, "  %-28s %12d %12d %12s%n", label, b, a, ImpactText.signed(a - b)));
    }

    private static void rowD(StringBuilder s, String label, double b, double a) {
        s.append(String.format(Locale.ROOT, "  %-28s %12.2f %12.2f %+12.2f%n", label, b, a, a - b));
    }
}
