package dev.clearance.determination;

import java.util.ArrayList;
import java.util.List;

/**
 * The reasons a rule does or does not reach an export (its items, its end use, its regions), each in English and by
 * wording key, so a trace step joins them in English for API clients and a reader's language words each one.
 */
final class Reasons {
    private final List<Wording> all = new ArrayList<>();

    /** Adds a reason: its wording's key ({@code trace.why.<key>}), its English words, its values (name, value, ...). */
    void add(String key, String english, Object... namesAndValues) {
        add(new Wording(english, key, namesAndValues));
    }

    /** Adds a reason already worded; one said before in the same words is not said twice. */
    void add(Wording reason) {
        if (all.stream().noneMatch(w -> w.effect().equals(reason.effect()))) {
            all.add(reason);
        }
    }

    /** Adds every reason of {@code other}. */
    void addAll(Reasons other) {
        other.all.forEach(this::add);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The reasons in English, joined by "; " (the wording API clients have always read). */
    String joined() {
        return String.join("; ", all.stream().map(Wording::effect).toList());
    }

    /** The reasons as the parts of a trace step. */
    List<TraceStep.Part> parts() {
        return all.stream().map(w -> new TraceStep.Part(w.key(), TraceStep.values(w.args()))).toList();
    }
}
