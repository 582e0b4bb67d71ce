package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.determination.TraceStep;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Why two answers differ: the rules whose trace steps are not the same on both sides. */
public final class Reasons {
    private Reasons() {
    }

    /**
     * The names of the rules with a step on one side that the other side lacks, before-side rules
     * first. The first step only says which day the regime was applied as of, which differs whenever
     * the dates do, so it is left out.
     */
    public static List<String> between(Determination before, Determination after) {
        List<TraceStep> b = afterFirst(before.trace());
        List<TraceStep> a = afterFirst(after.trace());
        Set<TraceStep> inBefore = new HashSet<>(b);
        Set<TraceStep> inAfter = new HashSet<>(a);
        Set<String> rules = new LinkedHashSet<>();
        b.stream().filter(s -> !inAfter.contains(s)).forEach(s -> rules.add(s.rule()));
        a.stream().filter(s -> !inBefore.contains(s)).forEach(s -> rules.add(s.rule()));
        return List.copyOf(rules);
    }

    private static List<TraceStep> afterFirst(List<TraceStep> steps) {
        return steps.isEmpty() ? steps : steps.subList(1, steps.size());
    }
}
