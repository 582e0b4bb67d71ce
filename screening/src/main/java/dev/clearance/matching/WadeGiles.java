package dev.clearance.matching;

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
final class WadeGiles {
    /** Wade–Giles spelling with its marks → Pinyin. */
    private static final Map<String, String> MARKED = new HashMap<>();
    /** Wade–Giles spelling without apostrophe and diaeresis → the Pinyin it is read as. */
    private static final Map<String, String> PLAIN = new HashMap<>();
    private static final Set<String> PINYIN = new HashSet<>();

    static {
        for (String[] row : LegalForms.Tables.rows("wade-giles.txt", 3)) {
            String pinyin = row[0].strip();
            String wg = row[1].strip();
            PINYIN.add(pinyin);
            MARKED.put(wg, pinyin);
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
     * The name in Pinyin, words and hyphens kept ("Mao Tse-tung" → "mao ze-dong"), or {@code null} when the name
     * is not Wade–Giles: two to four words of one to three syllables each.
     */
    static String pinyin(String name) {
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
        String[] words = s.toString().trim().split(" +");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
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
                String pinyin = marked ? MARKED.get(part) : PLAIN.get(part);
                if (pinyin == null && marked) {
                    pinyin = PLAIN.get(plain(part)); // marks misplaced: read as if there were none
                    marked = false;
                }
                if (pinyin == null) {
                    return null;
                }
                distinctive |= marked || !PINYIN.contains(plain(part));
                out.append(k > 0 ? "-" : "").append(pinyin);
            }
        }
        return distinctive ? out.toString().toLowerCase(Locale.ROOT) : null;
    }
}
