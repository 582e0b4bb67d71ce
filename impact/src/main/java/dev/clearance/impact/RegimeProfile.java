package dev.clearance.impact;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Measure;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One regime as it stands on a day, in the headings a comparison lines up: how it groups countries,
 * which licence types it offers where, its catch-all scope, its review times and documents, and its
 * item-and-destination measures, and the sanctions measures over them (with their dates).
 *
 * @param sections rows under each heading of {@link #HEADINGS}, in that order
 */
public record RegimeProfile(String jurisdiction, String name, String version, Map<String, List<Row>> sections) {
    /** The headings, in order. */
    public static final List<String> HEADINGS = List.of("Country groups", "Licence types", "Catch-all",
            "Review and documents", "Measures", "Sanctions");

    /** One statement under a heading, with its source. */
    public record Row(String subject, String statement, String source) {
    }

    public static RegimeProfile of(Regime r, LocalDate day) {
        Map<String, List<Row>> s = new LinkedHashMap<>();
        HEADINGS.forEach(h -> s.put(h, new ArrayList<>()));
        for (CountryGroup g : r.groups()) {
            if (!g.period().contains(day)) {
                continue;
            }
            String what = (g.complete() || g.isResidual() ? "" : "partly encoded: ") + g.describeMembers(day);
            s.get("Country groups").add(new Row(g.code(), what, g.source()));
        }
        for (LicenceType t : r.licenceTypes()) {
            if (t.period().contains(day)) {
                s.get("Licence types").add(new Row(t.code(), t.scope().name().toLowerCase().replace('_', '-')
                        + " to " + (t.groups().isEmpty() ? "any destination" : String.join(", ", t.groups()))
                        + (t.validityYears() == null ? "" : ", valid " + t.validityYears() + "y"), t.source()));
            }
        }
        for (CatchAllRule c : r.catchAll()) {
            if (!c.confirmed()) {
                s.get("Catch-all").add(new Row(c.kind().name(), "UNCONFIRMED, not applied: " + c.note(), c.source()));
            } else if (c.period().contains(day)) {
                s.get("Catch-all").add(new Row(c.kind().name(), catchAll(c), c.source()));
            }
        }
        for (ProcessingRule p : r.processing()) {
            if (p.period().contains(day)) {
                s.get("Review and documents").add(new Row(p.licence() + (p.group() == null ? "" : " to " + p.group()),
                        (p.reviewDays() == null ? "review not given" : p.reviewDays() + " days")
                                + (p.documents() == null ? "" : ", " + p.documents() + " documents"), p.source()));
            }
        }
        for (Measure m : r.measures()) {
            if (m.period().contains(day)) {
                s.get("Measures").add(new Row(m.code(), m.items().stream().map(Measure.Item::entry).toList() + " to "
                        + String.join(", ", m.destinations()) + ": only " + String.join(", ", m.allowedLicences())
                        + (m.reviewDays() == null ? "" : ", review " + m.reviewDays() + " days"), m.source()));
            }
        }
        for (dev.clearance.regime.SanctionsMeasure m : r.sanctions()) {
            if (m.period().contains(day)) {
                s.get("Sanctions").add(new Row(m.code(), m.describe(), m.source()));
            }
        }
        return new RegimeProfile(r.jurisdiction(), r.name(), r.version(), s);
    }

    private static String catchAll(CatchAllRule c) {
        List<String> parts = new ArrayList<>();
        parts.add("exempt " + (c.exemptGroups().isEmpty() ? "none" : String.join(", ", c.exemptGroups())));
        parts.add("objective: end use " + String.join(", ", c.objectiveEndUses())
                + (c.objectiveGroups().isEmpty() ? "" : " only to " + String.join(", ", c.objectiveGroups()))
                + (c.endUserListTriggers() ? "; listed end users" : ""));
        parts.add(c.inform() ? "inform: yes" : "inform: not encoded");
        for (CatchAllRule.Ground g : c.grounds()) {
            if (!g.text().isEmpty()) {
                parts.add((g.check() ? "CHECK " : "") + g.period() + ": " + g.text());
            }
        }
        if (c.uncertain() != null) {
            parts.add(c.uncertain().describe());
        }
        if (!c.hsChapters().isEmpty()) {
            parts.add("HS chapters " + c.hsChapters().stream().map(Object::toString).reduce((a, b) -> a + "," + b)
                    .orElse(""));
        }
        return String.join("; ", parts);
    }
}
