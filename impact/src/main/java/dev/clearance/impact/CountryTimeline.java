package dev.clearance.impact;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.Countries;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Measure;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a country's timeline in a regime: its groups, the sanctions and measures against it, the licence types
 * open to it, the catch-all rules that reach it and the review times it faces. The regime only
 * changes on the days its periods start or end, so each stretch between two such days is sampled once.
 */
public final class CountryTimeline {
    /** Lane kinds, in the order timelines show them. */
    public static final List<String> KINDS = List.of("group", "sanctions", "measure", "licence", "catch-all",
            "processing");
    private CountryTimeline() {
    }

    /** The timeline from the data's coverage start to {@code end}. */
    public static Timeline of(Regime regime, String country, LocalDate end) {
        if (!Countries.isValid(country)) {
            throw new IllegalArgumentException("unknown ISO 3166-1 alpha-2 country code '" + country + "'");
        }
        java.util.NavigableSet<LocalDate> changes = new java.util.TreeSet<>(regime.changeDays());
        LocalDate start = regime.coverage().from() != null ? regime.coverage().from()
                : changes.isEmpty() ? end : changes.first();
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the timeline ends " + end + ", before the data begins " + start);
        }
        List<LocalDate> days = new ArrayList<>();
        days.add(start);
        days.addAll(changes.subSet(start, false, end, true));
        Map<String, LaneBuilder> lanes = new LinkedHashMap<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            LocalDate next = i + 1 < days.size() ? days.get(i + 1) : null;
            for (String[] held : holding(regime, country, day)) {
                lanes.computeIfAbsent(held[0] + " " + held[1], k -> new LaneBuilder(held[0], held[1], held[2]))
                        .hold(day, next);
            }
        }
        return new Timeline(country, regime.jurisdiction(), start, end, lanes.values().stream()
                .sorted(java.util.Comparator.comparingInt(b -> KINDS.indexOf(b.kind)))
                .map(LaneBuilder::lane).toList());
    }

    /** What holds for the country on a day, as {kind, name, source}, in lane order. */
    private static List<String[]> holding(Regime regime, String country, LocalDate day) {
        List<String[]> out = new ArrayList<>();
        Standing standing = regime.standing(country, day);
        for (String g : standing.groups()) {
            CountryGroup group = regime.group(g).orElseThrow();
            out.add(new String[] {"group", g, group.source()});
        }
        for (dev.clearance.regime.SanctionsMeasure m : regime.sanctions()) {
            if (m.period().contains(day) && m.reaches(regime, country, day)) {
                out.add(new String[] {"sanctions", m.code() + " (" + m.effect().word()
                        + (m.policy() == null ? "" : ", " + m.policy().word())
                        + (m.status() == dev.clearance.regime.SanctionsMeasure.Status.CONFIRMED ? "" : ", " + m.status())
                        + ")", m.source()});
            }
        }
        for (Measure m : regime.measures()) {
            if (m.destinations().contains(country) && m.period().contains(day)) {
                out.add(new String[] {"measure", m.code(), m.source()});
            }
        }
        for (LicenceType t : regime.licenceTypes()) {
            if (!t.groups().isEmpty() && t.period().contains(day) && standing.inAny(t.groups())) {
                out.add(new String[] {"licence", t.code(), t.source()});
            }
        }
        for (CatchAllRule c : regime.catchAll()) {
            if (c.confirmed() && c.period().contains(day) && !standing.inAny(c.exemptGroups())) {
                out.add(new String[] {"catch-all", c.code() + " (" + c.kind() + ")", c.source()});
            }
        }
        ProcessingRule p = individual(regime, standing, day);
        if (p != null) {
            out.add(new String[] {"processing", p.licence() + ": "
                    + (p.reviewDays() == null ? "review not given" : "review " + p.reviewDays() + " days")
                    + (p.documents() == null ? "" : ", " + p.documents() + " documents"), p.source()});
        }
        return out;
    }

    /** The individual-licence rule as the engine picks it: one for the country's group over one for any. */
    private static ProcessingRule individual(Regime regime, Standing standing, LocalDate day) {
        ProcessingRule best = null;
        for (ProcessingRule p : regime.processing()) {
            if (p.licence().equals("INDIVIDUAL") && p.period().contains(day)
                    && (p.group() == null || standing.in(p.group()))
                    && (best == null || best.group() == null && p.group() != null)) {
                best = p;
            }
        }
        return best;
    }

    /** Gathers the stretches a lane holds over, joining adjacent ones. */
    private static final class LaneBuilder {
        private final String kind;
        private final String name;
        private final String source;
        private final List<Timeline.Interval> intervals = new ArrayList<>();

        LaneBuilder(String kind, String name, String source) {
            this.kind = kind;
            this.name = name;
            this.source = source;
        }

        void hold(LocalDate from, LocalDate to) {
            int last = intervals.size() - 1;
            if (last >= 0 && from.equals(intervals.get(last).to())) {
                intervals.set(last, new Timeline.Interval(intervals.get(last).from(), to));
            } else {
                intervals.add(new Timeline.Interval(from, to));
            }
        }

        Timeline.Lane lane() {
            return new Timeline.Lane(kind, name, intervals, source);
        }
    }
}
