package dev.clearance.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A regime as it stands on one day: its facts, and a readable rendering of them. */
public final class RegimeView {
    private RegimeView() {
    }

    /** Every fact in force on {@code day}, in a stable order. */
    public static List<Fact> facts(Regime regime, LocalDate day) {
        List<Fact> facts = new ArrayList<>();
        for (CountryGroup g : regime.groups()) {
            if (!g.period().contains(day)) {
                continue;
            }
            if (g.isResidual()) {
                facts.add(new Fact("membership", g.code(), g.code() + " holds every country not in "
                        + String.join(", ", g.residualOf()), g.source()));
            }
            for (Membership m : g.members()) {
                if (m.period().contains(day)) {
                    facts.add(new Fact("membership", g.code(), m.country() + " is in " + g.code()
                            + (m.confirmed() ? "" : " (UNCONFIRMED)")
                            + (m.uncertainOn(day) ? " (UNCERTAIN: " + m.uncertain().note() + ")" : ""), m.source()));
                }
            }
        }
        for (LicenceType t : regime.licenceTypes()) {
            if (t.period().contains(day)) {
                facts.add(new Fact("licence", t.code(), t.code() + " available for " + scope(t.scope()) + " to "
                        + (t.groups().isEmpty() ? "any destination" : "groups " + String.join(", ", t.groups()))
                        + (t.entries().isEmpty() ? "" : ", items " + String.join(", ", t.entries()))
                        + (t.entryFlag() == null ? "" : ", where the entry allows " + t.entryFlag())
                        + (t.check() ? " (CHECK)" : ""), t.source()));
            }
        }
        for (CatchAllRule c : regime.catchAll()) {
            if (!c.confirmed()) {
                facts.add(new Fact("catch-all", c.code(), c.code() + " (" + c.kind() + ") UNCONFIRMED, not applied",
                        c.source()));
            } else if (c.period().contains(day)) {
                facts.add(new Fact("catch-all", c.code(), c.code() + " (" + c.kind() + "): exempt "
                        + c.exemptGroups() + "; objective end uses " + c.objectiveEndUses()
                        + (c.objectiveGroups().isEmpty() ? "" : " for " + c.objectiveGroups())
                        + (c.endUserListTriggers() ? "; listed end users" : "")
                        + (c.inform() ? "; inform requirement" : "")
                        + (c.hsChapters().isEmpty() ? "" : "; HS chapters " + c.hsChapters()), c.source()));
                if (c.uncertain() != null && c.uncertain().covers(day)) {
                    facts.add(new Fact("catch-all", c.code(), c.code() + ": " + c.uncertain().describe(),
                            c.uncertain().source()));
                }
                for (CatchAllRule.Ground g : c.grounds()) {
                    if (!g.text().isEmpty() && g.period().contains(day)) {
                        facts.add(new Fact("catch-all", c.code(), c.code() + (g.check() ? " (CHECK)" : "") + ": "
                                + g.text(), g.source()));
                    }
                }
            }
        }
        for (Prohibition p : regime.prohibitions()) {
            if (p.period().contains(day)) {
                facts.add(new Fact("prohibition", p.code(), p.code() + ": exports to " + p.destinations()
                        + " prohibited: " + p.text(), p.source()));
            }
        }
        for (SanctionsMeasure m : regime.sanctions()) {
            if (m.period().contains(day)) {
                facts.add(new Fact("sanctions", m.code(), m.code() + ": " + m.describe() + (m.note().isEmpty() ? ""
                        : " (" + m.note() + ")"), m.source()));
                for (SanctionsMeasure.Derogation d : m.derogations()) {
                    facts.add(new Fact("sanctions", m.code(), m.code() + " derogation (CHECK): " + d.text()
                            + ", granted by " + d.authority(), d.source()));
                }
            }
        }
        for (Measure m : regime.measures()) {
            if (m.period().contains(day)) {
                facts.add(new Fact("measure", m.code(), m.code() + ": " + m.title() + ": " + m.items().stream().map(Measure.Item::entry)
                        .toList() + " to " + m.destinations() + " only " + m.allowedLicences()
                        + (m.reviewDays() == null ? "" : ", review " + m.reviewDays() + " days"), m.source()));
            }
        }
        for (ProcessingRule p : regime.processing()) {
            if (p.period().contains(day)) {
                facts.add(new Fact("processing", p.licence() + (p.group() == null ? "" : " " + p.group()),
                        p.licence() + " to " + (p.group() == null ? "any destination" : p.group()) + ": "
                                + (p.reviewDays() == null ? "review not given" : "review " + p.reviewDays() + " days")
                                + (p.documents() == null ? "" : ", " + p.documents() + " documents"), p.source()));
            }
        }
        for (RegimeNote n : regime.notes()) {
            if (n.period().contains(day)) {
                facts.add(new Fact("note", n.code(), n.status() + ": " + n.text(), n.source()));
            }
        }
        return facts;
    }

    private static String scope(LicenceType.Scope s) {
        return switch (s) {
            case LISTED -> "listed items";
            case CATCH_ALL -> "catch-all cases";
            case ANY -> "listed items and catch-all cases";
        };
    }

    /** The regime on {@code day} as text: groups with their members, then licence types, rules and notes. */
    public static String text(Regime regime, LocalDate day) {
        StringBuilder s = new StringBuilder();
        s.append(regime.name()).append(" as of ").append(day).append(" (data ").append(regime.version()).append(")\n");
        if (!regime.coverage().contains(day)) {
            s.append("  (outside the data's coverage ").append(regime.coverage()).append(")\n");
        }
        if (regime.reviewed() != null) {
            s.append("  facts reviewed up to ").append(regime.reviewed())
                    .append(day.isAfter(regime.reviewed()) ? ": CHECK, later changes are not known" : "").append('\n');
        }
        List<Fact> facts = facts(regime, day);
        String last = null;
        for (Fact f : facts) {
            if (!f.section().equals(last)) {
                s.append('\n').append(title(f.section())).append('\n');
                last = f.section();
            }
            if (f.section().equals("membership")) {
                continue;
            }
            s.append("  ").append(f.statement()).append("\n      source: ").append(f.source()).append('\n');
        }
        // Memberships read better as one line per group.
        StringBuilder groups = new StringBuilder("\nCountry groups\n");
        for (CountryGroup g : regime.groups()) {
            if (!g.period().contains(day)) {
                continue;
            }
            groups.append("  ").append(g.code()).append(": ").append(g.name()).append('\n');
            groups.append("      ").append(g.describeMembers(day)).append('\n');
            if (!g.note().isEmpty()) {
                groups.append("      note: ").append(g.note()).append('\n');
            }
            groups.append("      source: ").append(g.source()).append('\n');
        }
        return s.toString().replace("\nMemberships\n", groups.toString());
    }

    private static String title(String section) {
        return switch (section) {
            case "membership" -> "Memberships";
            case "licence" -> "Licence types (least burdensome first)";
            case "catch-all" -> "Catch-all";
            case "measure" -> "Item-and-destination measures";
            case "prohibition" -> "Prohibitions";
            case "sanctions" -> "Sanctions measures (may the export happen at all)";
            case "processing" -> "Processing";
            default -> "Notes";
        };
    }
}
