package dev.clearance.determination;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rule the engine consulted, what it did to the answer, and where the rule comes from.
 *
 * @param rule   the rule's code or name (JP-2019-07-04-KR-THREE-ITEMS, group A, ...)
 * @param effect what it did, in English words (the wording API clients have always read)
 * @param source where the rule is written down
 * @param key    the message key of the effect's wording ({@code trace.<key>} in the web UI's catalogues), so a reader's
 *               language words it; null when the effect is the regime data's own text (a caveat, a note), kept as
 *               recorded
 * @param args   the values of the wording, by placeholder name: facts (codes, names, dates, the regime data's own
 *               texts) as recorded; empty without a key
 * @param parts  the reasons the wording's {@code {why}} joins, each worded by its own key ({@code trace.why.<key>}),
 *               so a reader's language words them too; the {@code why} value holds them in English, joined by "; ";
 *               empty when the step has none
 */
public record TraceStep(String rule, String effect, String source, String key, Map<String, String> args,
                        java.util.List<Part> parts) {
    public TraceStep {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        parts = parts == null ? java.util.List.of() : java.util.List.copyOf(parts);
    }

    /** A step with its wording's key and values, without reasons. */
    public TraceStep(String rule, String effect, String source, String key, Map<String, String> args) {
        this(rule, effect, source, key, args, java.util.List.of());
    }

    /**
     * One reason of a step, worded by key.
     *
     * @param key  the wording's key ({@code trace.why.<key>})
     * @param args the values, by placeholder name
     */
    public record Part(String key, Map<String, String> args) {
        public Part {
            args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }
    }

    /** A step worded only as the regime data words it (no message key). */
    public TraceStep(String rule, String effect, String source) {
        this(rule, effect, source, null, Map.of());
    }

    /**
     * A step with its wording's key and values, given as name, value, name, value, ...
     */
    static TraceStep worded(String rule, String effect, String source, String key, Object... namesAndValues) {
        return new TraceStep(rule, effect, source, key, key == null ? Map.of() : values(namesAndValues));
    }

    /** The values given as name, value, name, value, ... */
    static Map<String, String> values(Object... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return args;
    }
}
