package dev.clearance.impact;

import dev.clearance.regime.Fact;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeView;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** @return the changes' JSON fields as a map, in order ({@link RegimeChangesJson} is the contract) */
    public static Map<String, Object> toMap(Regime regime, LocalDate from, LocalDate to, List<RegimeChange> changes) {
        return RegimeChangesJson.of(regime, from, to, changes).toMap();
    }
}
