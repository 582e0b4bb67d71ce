package dev.clearance.impact;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Measure;
import dev.clearance.regime.Membership;
import dev.clearance.regime.Period;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeNote;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The days on which something in a regime starts or ends: between two of them, the regime stands still. */
final class RegimeDates {
    private RegimeDates() {
    }

    static NavigableSet<LocalDate> of(Regime r) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (CountryGroup g : r.groups()) {
            add(days, g.period());
            for (Membership m : g.members()) {
                add(days, m.period());
            }
        }
        r.licenceTypes().stream().map(LicenceType::period).forEach(p -> add(days, p));
        r.catchAll().stream().map(CatchAllRule::period).forEach(p -> add(days, p));
        r.measures().stream().map(Measure::period).forEach(p -> add(days, p));
        r.processing().stream().map(ProcessingRule::period).forEach(p -> add(days, p));
        r.notes().stream().map(RegimeNote::period).forEach(p -> add(days, p));
        return days;
    }

    private static void add(TreeSet<LocalDate> days, Period p) {
        if (p.from() != null) {
            days.add(p.from());
        }
        if (p.to() != null) {
            days.add(p.to());
        }
    }
}
