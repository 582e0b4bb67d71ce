package dev.clearance.determination;

import java.util.ArrayList;
import java.util.List;

/** The rules consulted so far, in order. */
final class Trace {
    private final List<TraceStep> steps = new ArrayList<>();

    void add(TraceStep step) {
        steps.add(step);
    }

    void add(String rule, String effect, String source) {
        steps.add(new TraceStep(rule, effect, source));
    }

    /** A step with its wording's key and values (name, value, ...), the English effect as API clients read it. */
    void add(String rule, String effect, String source, String key, Object... namesAndValues) {
        steps.add(TraceStep.worded(rule, effect, source, key, namesAndValues));
    }

    /** A step worded by a helper that explains it. */
    void add(String rule, Wording wording, String source) {
        add(rule, wording.effect(), source, wording.key(), wording.args());
    }

    /**
     * A step whose wording joins reasons: {@code {why}} holds them in English, and each is a part worded by its key.
     */
    void add(String rule, String effect, String source, String key, Reasons why, Object... namesAndValues) {
        Object[] values = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        values[namesAndValues.length] = "why";
        values[namesAndValues.length + 1] = why.joined();
        steps.add(new TraceStep(rule, effect, source, key, TraceStep.values(values), why.parts()));
    }

    List<TraceStep> steps() {
        return steps;
    }
}
