package dev.clearance.regime;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a hit on a named-party list means in law, as the list's configuration says: the kind of effect and the
 * jurisdiction whose law gives it. A regime's end-user rules ({@link EndUserRule}) turn an effect into an outcome
 * for that regime's exporters; a hit on a list whose effect no rule of the regime reads is a CHECK.
 *
 * @param kind   what a hit means
 * @param issuer the jurisdiction whose law gives the effect (JP, EU, US, UN ...), or null when the list names none
 *               (a company's own list): a rule naming issuers never reads such a list
 */
public record ListEffect(Kind kind, String issuer) implements Serializable {
    /** The kinds of legal effect a list can carry. */
    public enum Kind {
        /** Exports to the party are banned (METI's specific organisations, EU 833/2014 Annex IV). */
        EXPORT_BAN("export-ban"),
        /** The party makes a catch-all licence necessary (Japan's WMD End User List). */
        CATCH_ALL("catch-all"),
        /** Exports to the party need a licence, under the list's licensing policy (the BIS Entity List). */
        LICENCE("licence"),
        /** The party's property is blocked: dealings are prohibited (OFAC SDN, EU asset freezes). */
        BLOCKING("blocking"),
        /** A list with no legal effect Clearance knows: a hit is stated as a CHECK. */
        SCREENING("screening");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** A list whose legal effect is not known. */
    public static final ListEffect UNKNOWN = new ListEffect(Kind.SCREENING, null);

    public ListEffect {
        java.util.Objects.requireNonNull(kind, "kind");
        if (issuer != null && !issuer.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("issuer '" + issuer + "': expected a two-letter code such as JP, EU, US");
        }
    }

    /**
     * Parses {@code KIND[:ISSUER]}, e.g. {@code export-ban:JP}, {@code licence:US}, {@code screening}.
     *
     * @throws IllegalArgumentException saying what was expected (callers add the field it came from)
     */
    public static ListEffect parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String kindWord = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String issuer = colon < 0 ? null : t.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.word.equals(kindWord)) {
                if (issuer != null && !issuer.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("unknown issuer '" + clip(issuer) + "' in effect '" + clip(t)
                            + "': expected a two-letter code such as JP, EU, US");
                }
                return new ListEffect(k, issuer);
            }
        }
        throw new IllegalArgumentException("unknown effect '" + clip(t) + "': expected " + words()
                + ", optionally followed by :ISSUER (e.g. export-ban:JP)");
    }

    /** The kinds in words, comma-separated. */
    public static String words() {
        return Arrays.stream(Kind.values()).map(Kind::word).collect(Collectors.joining(", "));
    }

    /** The effect as written: {@code export-ban:JP}. */
    public String word() {
        return kind.word + (issuer == null ? "" : ":" + issuer);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    @Override
    public String toString() {
        return word();
    }
}
