package dev.clearance.matching.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Russian names written in the German ("Akzionernoe Obschtschestwo Nischegorodskij Sawod"), French ("Aktsionernoe
 * Obchtchestvo Oupravliaiouchtchaia Kompaniia") or GOST ("Akcionernoe Obshhestvo Centralnyj") styles, read back
 * into Cyrillic letter by letter by the table {@code russian-styles.txt} (with its sources), and from there into
 * the BGN/PCGN spelling the normaliser gives Cyrillic: "Sawod" is "zavod", "Oupravliaiouchtchaia" is
 * "upravlyayushchaya", as the lists write them. Only a name carrying a Russian or Ukrainian legal form is read,
 * in the one style its spellings mark; other names cost one pass over their tokens.
 */
public final class RussianStyles {
    private record Letter(String latin, String cyrillic, String where) { }

    /** Per style, the letter rows by their Latin spelling's first letter, longest spelling first. */
    private static final Map<String, Map<Character, List<Letter>>> LETTERS = new LinkedHashMap<>();
    private static final Map<String, List<String>> MARKERS = new LinkedHashMap<>();
    private static final List<String> FORMS = new ArrayList<>();

    static {
        for (String[] row : LegalForms.Tables.rows("russian-styles.txt", 4)) {
            String style = row[0].strip();
            String latin = row[1].strip();
            String cyrillic = row[2].strip();
            String where = row[3].strip();
            if (!List.of("*", "^", "V_", "^_V", "V_V", "V_$", "_C").contains(where)) {
                throw new IllegalStateException("russian-styles.txt: unknown WHERE " + where);
            }
            if (style.equals("form")) {
                FORMS.add(latin);
            } else if (cyrillic.equals("=")) {
                MARKERS.computeIfAbsent(style, k -> new ArrayList<>()).add(latin);
            } else {
                LETTERS.computeIfAbsent(style, k -> new HashMap<>())
                        .computeIfAbsent(latin.charAt(0), k -> new ArrayList<>()).add(new Letter(latin, cyrillic, where));
            }
        }
        // Longest first, keeping the file's order among spellings of one length.
        LETTERS.values().forEach(m -> m.values().forEach(l -> l.sort((a, b) -> b.latin().length() - a.latin().length())));
    }

    private RussianStyles() {
    }

    /**
     * The tokens with each word's key read in the name's style (the form and surface stay as written, so edits and
     * the explanation still see the spelling given), or the tokens themselves when the name is not a Russian name
     * in one of the styles.
     */
    static List<Token> read(List<Token> tokens) {
        return read(tokens, false);
    }

    /** As {@link #read(List)}; a name known to be Russian (by its country) needs no Russian legal form. */
    static List<Token> read(List<Token> tokens, boolean russian) {
        String style = styleOf(tokens, russian);
        if (style == null) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        List<Transliteration.Piece> pieces = new ArrayList<>(2);
        for (Token t : tokens) {
            String cyrillic = t.plain() && latin(t) && t.key().length() > 1 ? cyrillic(t.form(), style) : null;
            if (cyrillic != null) {
                pieces.clear();
                Transliteration.pieces(cyrillic, pieces);
                if (pieces.size() == 1 && !pieces.get(0).ascii().isEmpty()) {
                    out.add(new Token(NameVariants.canonical(pieces.get(0).ascii()), t.form(), t.surface(), false,
                            false, t.syllable(), t.syllabic()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /** The style a name is written in, or {@code null}: it must carry a Russian legal form and one style's marks. */
    public static String styleOf(List<Token> tokens) {
        return styleOf(tokens, false);
    }

    private static String styleOf(List<Token> tokens, boolean known) {
        boolean russian = known;
        for (int k = 0; k < tokens.size() && !russian; k++) {
            Token t = tokens.get(k);
            if (t.legalForm()) {
                for (String f : FORMS) {
                    if (t.form().startsWith(f)) {
                        russian = true;
                        break;
                    }
                }
            }
        }
        if (!russian) {
            return null;
        }
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, List<String>> e : MARKERS.entrySet()) {
            int count = 0;
            for (Token t : tokens) {
                for (String m : e.getValue()) {
                    if (latin(t) && t.form().contains(m)) {
                        count++;
                        break;
                    }
                }
            }
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Whether a query's country (ISO code or English name) is Russia, Belarus or Ukraine. */
    public static boolean russianCountry(String country) {
        if (country == null) {
            return false;
        }
        String c = country.strip().toLowerCase(java.util.Locale.ROOT);
        return List.of("ru", "rus", "russia", "russian federation", "by", "blr", "belarus", "ua", "ukr", "ukraine")
                .contains(c);
    }

    /** A lower-case ASCII word read in a style into Cyrillic, or {@code null} when a letter has no reading there. */
    public static String cyrillic(String word, String style) {
        Map<Character, List<Letter>> letters = LETTERS.get(style);
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            List<Letter> candidates = letters.get(word.charAt(i));
            Letter found = null;
            if (candidates != null) {
                for (Letter l : candidates) {
                    if (word.startsWith(l.latin(), i) && holds(l.where(), word, i, i + l.latin().length())) {
                        found = l;
                        break;
                    }
                }
            }
            if (found == null) {
                return null;
            }
            out.append(found.cyrillic());
            i += found.latin().length();
        }
        return out.toString();
    }

    private static boolean holds(String where, String word, int from, int to) {
        boolean start = from == 0;
        boolean afterVowel = from > 0 && vowel(word.charAt(from - 1));
        boolean beforeVowel = to < word.length() && vowel(word.charAt(to));
        return switch (where) {
            case "^" -> start;
            case "V_" -> afterVowel;
            case "^_V" -> start && beforeVowel;
            case "V_V" -> afterVowel && beforeVowel;
            case "V_$" -> afterVowel && to == word.length();
            case "_C" -> !beforeVowel;
            default -> true;
        };
    }

    /** Written in Latin letters: a Cyrillic word's form is its letter-for-letter reading, not a style's. */
    private static boolean latin(Token t) {
        return !t.abjad() && Transliteration.isPlainAscii(t.surface());
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
