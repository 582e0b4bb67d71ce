package dev.clearance.regime;

import java.util.List;

/**
 * Where a destination stands in a regime on a day: the groups it is in, why, and what the data
 * cannot say for sure.
 *
 * @param groups    codes of the groups it is in, in the regime's order
 * @param reasons   one line per group, with the source of the membership
 * @param caveats   incomplete groups it might also be in, and unconfirmed memberships
 * @param uncertain groups it is counted in, conservatively, although its membership on the day is in doubt
 * @param doubts    one trace line per uncertain membership, with its source
 */
public record Standing(String country, List<String> groups, List<String> reasons, List<String> caveats,
                       List<String> uncertain, List<String> doubts, List<Worded> caveatWords,
                       List<Worded> doubtWords) {
    public Standing {
        groups = List.copyOf(groups);
        reasons = List.copyOf(reasons);
        caveats = List.copyOf(caveats);
        uncertain = List.copyOf(uncertain);
        doubts = List.copyOf(doubts);
        caveatWords = caveatWords == null ? List.of() : List.copyOf(caveatWords);
        doubtWords = doubtWords == null ? List.of() : List.copyOf(doubtWords);
    }

    /** A standing whose doubts carry no wording keys. */
    public Standing(String country, List<String> groups, List<String> reasons, List<String> caveats,
                    List<String> uncertain, List<String> doubts, List<Worded> caveatWords) {
        this(country, groups, reasons, caveats, uncertain, doubts, caveatWords, List.of());
    }

    /** A standing whose caveats carry no wording keys. */
    public Standing(String country, List<String> groups, List<String> reasons, List<String> caveats,
                    List<String> uncertain, List<String> doubts) {
        this(country, groups, reasons, caveats, uncertain, doubts, List.of());
    }

    /**
     * A caveat's wording key and values, so a trace words it in the reader's language; {@code caveatWords} holds
     * one per caveat, in the caveats' order (or none).
     *
     * @param key    the wording's key
     * @param values the values, by placeholder name
     */
    public record Worded(String key, java.util.Map<String, String> values) {
        public Worded {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /** A standing without doubts. */
    public Standing(String country, List<String> groups, List<String> reasons, List<String> caveats) {
        this(country, groups, reasons, caveats, List.of(), List.of());
    }

    public boolean in(String group) {
        return groups.contains(group);
    }

    public boolean inAny(List<String> candidates) {
        for (String g : candidates) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** True when every group of {@code candidates} it is in, it is in only uncertainly. */
    public boolean onlyUncertainlyIn(List<String> candidates) {
        boolean any = false;
        for (String g : candidates) {
            if (groups.contains(g)) {
                if (!uncertain.contains(g)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
