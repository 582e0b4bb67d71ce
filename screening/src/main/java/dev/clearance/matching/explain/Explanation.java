package dev.clearance.matching.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a name scored what it did: the token alignment, the words left over, and the qualifiers
 * (country, date of birth, type, identifiers) that moved the score.
 *
 * @param score       final score after qualifiers
 * @param nameScore   score from the names alone
 * @param tokens      aligned token pairs and how each matched
 * @param queryOnly   query words with no listed counterpart
 * @param listedOnly  listed words with no query counterpart
 * @param qualifiers  qualifiers that applied, in the order applied
 * @param strength    how the list publishes the matched name: {@code primary}, {@code alias}, {@code weak alias}
 *                    (UN quality Low, OFAC weak a.k.a., EU/FtM weakAlias) or {@code original script};
 *                    empty when no listed name is behind the score (an identifier, a pair of names)
 */
public record Explanation(double score, double nameScore, List<TokenMatch> tokens, List<String> queryOnly,
                          List<String> listedOnly, List<Qualifier> qualifiers, String strength) {
    public Explanation {
        tokens = List.copyOf(tokens);
        queryOnly = List.copyOf(queryOnly);
        listedOnly = List.copyOf(listedOnly);
        qualifiers = List.copyOf(qualifiers);
        strength = strength == null ? "" : strength;
    }

    /** An explanation with no listed name's strength behind it. */
    public Explanation(double score, double nameScore, List<TokenMatch> tokens, List<String> queryOnly,
                       List<String> listedOnly, List<Qualifier> qualifiers) {
        this(score, nameScore, tokens, queryOnly, listedOnly, qualifiers, "");
    }

    /** The published strength of a listed name, as {@link #strength()} words it. */
    public static String strengthOf(dev.clearance.lists.ListEntry.Name.Kind kind) {
        return switch (kind) {
            case PRIMARY -> "primary";
            case ALIAS -> "alias";
            case WEAK_ALIAS -> "weak alias";
            case ORIGINAL_SCRIPT -> "original script";
        };
    }

    /**
     * One line for an officer, e.g.
     * {@code 0.93: ivanov→ivanov EXACT, sergei→sergey TRANSLITERATED; listed only: petrovich; country match RU}.
     */
    public String render() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.2f: ", score));
        List<String> parts = new ArrayList<>();
        for (TokenMatch m : tokens) {
            parts.add(m.render());
        }
        b.append(parts.isEmpty() ? "no name tokens matched" : String.join(", ", parts));
        if (!queryOnly.isEmpty()) {
            b.append("; query only: ").append(String.join(" ", queryOnly));
        }
        if (!listedOnly.isEmpty()) {
            b.append("; listed only: ").append(String.join(" ", listedOnly));
        }
        for (Qualifier q : qualifiers) {
            b.append("; ").append(q.render());
        }
        if (!strength.isEmpty()) {
            b.append("; matched ").append(strength);
        }
        return b.toString();
    }

    /**
     * A non-name fact that changed the score.
     *
     * @param what   {@code country}, {@code dob}, {@code type}, {@code identifier} or {@code coverage}
     * @param effect whether it agreed, disagreed or decided on its own
     * @param detail the values compared, e.g. {@code RU vs IR}
     */
    public record Qualifier(String what, Effect effect, String detail) {
        /** How a qualifier acted. */
        public enum Effect { MATCH, MISMATCH, DECISIVE }

        public String render() {
            return what + " " + effect.name().toLowerCase(Locale.ROOT) + " " + detail;
        }
    }
}
