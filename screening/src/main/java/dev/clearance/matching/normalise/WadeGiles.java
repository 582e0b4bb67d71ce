package dev.clearance.matching.normalise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chinese names written in Wade–Giles ("Mao Tse-tung", "Hsi Chin-p'ing", "Chiang Ching-kuo") read in Hanyu Pinyin
 * ("Mao Ze-dong", "Xi Jin-ping", "Jiang Jing-guo"), by the syllable table {@code wade-giles.txt} (with its
 * sources). A name is read only when every part of it is a Wade–Giles syllable and at least one part is written
 * as only Wade–Giles writes it (an apostrophe of aspiration, ü, or a syllable Pinyin does not have: "tse",
 * "hsi", "chiang", "tung"), so Pinyin names and other names are left as they are.
 */
public final class WadeGiles {
    // Compiled once: String.split with these patterns compiled them again on every query.
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s,-]+");
    /** Wade–Giles spelling with its marks → Pinyin. */
    private static final Map<String, String> MARKED = new HashMap<>();
    /** Wade–Giles spelling without apostrophe and diaeresis → the Pinyin it is read as. */
    private static final Map<String, String> PLAIN = new HashMap<>();
    private static final Set<String> PINYIN = new HashSet<>();
    /**
     * Wade–Giles spelling without its marks → every Pinyin syllable it may stand for: a name that drops the
     * apostrophe of aspiration writes ji and qi alike as "chi", gao and kao as "kao", du and tu as "tu".
     */
    private static final Map<String, Set<String>> PLAIN_READINGS = new HashMap<>();
    /** Pinyin → its Wade–Giles spelling with apostrophes and diaeresis. */
    private static final Map<String, String> SPELLING = new HashMap<>();

    static {
        for (String[] row : LegalForms.Tables.rows("wade-giles.txt", 3)) {
            String pinyin = row[0].strip();
            String wg = row[1].strip();
            PINYIN.add(pinyin);
            MARKED.put(wg, pinyin);
            SPELLING.put(pinyin, wg);
            PLAIN_READINGS.computeIfAbsent(plain(wg), k -> new HashSet<>(2)).add(pinyin);
            if (row[2].strip().equals("*")) {
                String before = PLAIN.put(plain(wg), pinyin);
                if (before != null) {
                    throw new IllegalStateException("wade-giles.txt: two readings marked * for " + plain(wg));
                }
            }
        }
    }

    private WadeGiles() {
    }

    private static String plain(String wg) {
        return wg.replace("'", "").replace('ü', 'u');
    }

    /**
     * The name in Pinyin, words kept and each word's syllables joined ("Mao Tse-tung" → "mao zedong"), or
     * {@code null} when the name is not Wade–Giles: two to four words of one to three syllables each.
     */
    public static String pinyin(String name) {
        if (name.length() > 80) {
            return null;
        }
        StringBuilder s = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                s.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'') {
                s.append(c);
            } else if (c == ',') {
                s.append(' ');
            } else if (c == 'ü' || c == 'Ü') {
                s.append('ü');
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02bb' || c == '\u02bc' || c == '`') {
                s.append('\'');
            } else {
                return null;
            }
        }
        String[] words = SPACES.split(s.toString().trim());
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean careful = s.indexOf("'") >= 0 || s.indexOf("ü") >= 0;
        boolean distinctive = false;
        for (String word : words) {
            String[] parts = word.split("-", -1);
            if (parts.length > 3) {
                return null;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            for (int k = 0; k < parts.length; k++) {
                String part = parts[k];
                boolean marked = part.indexOf('\'') >= 0 || part.indexOf('ü') >= 0;
                // A name written with the marks is proper Wade-Giles throughout: its "yu" is you, its "chu" zhu.
                String pinyin = marked || careful ? MARKED.get(part) : PLAIN.get(part);
                if (pinyin == null && !marked) {
                    pinyin = PLAIN.get(part);
                }
                if (pinyin == null && marked) {
                    pinyin = PLAIN.get(plain(part)); // marks misplaced: read as if there were none
                    marked = false;
                }
                if (pinyin == null) {
                    return null;
                }
                distinctive |= marked || !PINYIN.contains(plain(part));
                out.append(pinyin); // Pinyin writes a given name's syllables joined
            }
        }
        return distinctive ? out.toString().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * A Pinyin name written in Wade–Giles, each word's syllables hyphenated ("Xi Jinping" → "Hsi Chin-p'ing"), or
     * {@code null} when a word is not a string of Pinyin syllables.
     */
    public static String fromPinyin(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : WORD_BREAKS.split(name.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            java.util.List<String> syllables = new java.util.ArrayList<>();
            if (!segment(word, 0, syllables)) {
                return null;
            }
            StringBuilder w = new StringBuilder();
            for (String p : syllables) {
                w.append(w.length() > 0 ? "-" : "").append(SPELLING.get(p));
            }
            out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return out.toString();
    }

    /** The Pinyin syllables of a lower-case word, or {@code null} when it does not split into them. */
    public static java.util.List<String> pinyinSyllablesOf(String word) {
        if (word.isEmpty() || word.length() > 18) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>(3);
        return segment(word, 0, out) ? out : null;
    }

    /** Whether a lower-case part is a Wade–Giles syllable written without its marks ("kuei", "chin", "hsien"). */
    public static boolean plainSpelling(String part) {
        return PLAIN_READINGS.containsKey(part);
    }

    /**
     * Whether two syllables may be one: equal, or one a Wade–Giles spelling (marks dropped) of the other. Without
     * its marks a spelling stands for each syllable it writes with them ("chi" for ji and qi, "tsai" for zai and
     * cai), so every one of those readings counts.
     */
    public static boolean sameSyllable(String a, String b) {
        return a.equals(b) || PLAIN_READINGS.getOrDefault(a, Set.of()).contains(b)
                || PLAIN_READINGS.getOrDefault(b, Set.of()).contains(a);
    }

    /** The number of Pinyin syllables a lower-case word splits into, or 0 when it does not. */
    public static int pinyinSyllables(String word) {
        if (word.isEmpty() || word.length() > 18) {
            return 0;
        }
        java.util.List<String> out = new java.util.ArrayList<>(3);
        return segment(word, 0, out) ? out.size() : 0;
    }

    /** Splits a word into Pinyin syllables, the longest first ("xian" is one, "xi'an" is written with a mark). */
    private static boolean segment(String word, int at, java.util.List<String> out) {
        if (at == word.length()) {
            return true;
        }
        for (int end = Math.min(word.length(), at + 6); end > at; end--) {
            String s = word.substring(at, end);
            if (PINYIN.contains(s)) {
                out.add(s);
                if (segment(word, end, out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        return false;
    }
}
