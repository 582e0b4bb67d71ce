package dev.clearance.impact;

import dev.clearance.regime.Fact;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a regime between two days, day by day: memberships, licence types, catch-all
 * rules, measures, processing rules and notes, compared as the facts {@link RegimeView} states.
 */
public final class RegimeDiff {
    private RegimeDiff() {
    }

    /**
     * The changes after {@code from} up to and including {@code to}, one per day on which something
     * changed, in date order.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static List<RegimeChange> between(Regime regime, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        List<RegimeChange> changes = new ArrayList<>();
        Set<Fact> previous = new LinkedHashSet<>(RegimeView.facts(regime, from));
        for (LocalDate day : new java.util.TreeSet<>(regime.changeDays()).subSet(from, false, to, true)) {
            Set<Fact> now = new LinkedHashSet<>(RegimeView.facts(regime, day));
            List<Fact> added = now.stream().filter(f -> !previous.contains(f)).toList();
            List<Fact> removed = previous.stream().filter(f -> !now.contains(f)).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(new RegimeChange(day, added, removed));
            }
            previous.clear();
            previous.addAll(now);
        }
        return changes;
    }

    /** The changes as text: per day, "-" for a fact that ceased and "+" for a new one, each with its source. */
    public static String text(Regime regime, LocalDate from, LocalDate to, List<RegimeChange> changes) {
        StringBuilder s = new StringBuilder();
        s.append(regime.name()).append(": changes after ").append(from).append(" up to ").append(to)
                .append(" (data ").append(regime.version()).append(")\n");
        if (changes.isEmpty()) {
            return s.append("  no change\n").toString();
        }
        for (RegimeChange c : changes) {
            s.append('\n').append(c.day()).append('\n');
            for (Fact f : c.removed()) {
                line(s, '-', f);
            }
            for (Fact f : c.added()) {
                line(s, '+', f);
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, char sign, Fact f) {
        s.append("  ").append(sign).append(' ').append(f.section()).append(": ").append(f.statement()).append('\n')
                .append("      source: ").append(f.source()).append('\n');
    }

    /** The changes as a JSON-ready map. */
    public static Map<String, Object> toMap(Regime regime, LocalDate from, LocalDate to, List<RegimeChange> changes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", regime.jurisdiction());
        m.put("regimeVersion", regime.version());
        m.put("from", from.toString());
        m.put("to", to.toString());
        List<Map<String, Object>> days = new ArrayList<>();
        for (RegimeChange c : changes) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", c.day().toString());
            d.put("removed", c.removed().stream().map(RegimeDiff::fact).toList());
            d.put("added", c.added().stream().map(RegimeDiff::fact).toList());
            days.add(d);
        }
        m.put("changes", days);
        return m;
    }

    static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", f.section());
        m.put("subject", f.subject());
        m.put("statement", f.statement());
        m.put("source", f.source());
        return m;
    }
}
