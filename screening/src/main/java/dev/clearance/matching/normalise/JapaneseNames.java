package dev.clearance.matching.normalise;

import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.lists.CountryCodes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Japanese names in kanji. Kanji are read in Japanese (on or kun readings a name alone does not tell), not in
 * Mandarin: a Japanese name's kanji are matched only against the same kanji (a list's original-script name),
 * never against a Latin name through the Mandarin Pinyin that Chinese names are matched by. A name is Japanese
 * when it holds kana, the iteration mark 々 or a kanji form only Japan writes ({@code japanese-kanji.txt}); a
 * query is also Japanese when its country is Japan.
 */
public final class JapaneseNames {
    private static final Set<Integer> JAPANESE_KANJI = new HashSet<>();

    static {
        for (String[] row : LegalForms.Tables.rows("japanese-kanji.txt")) {
            row[1].codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(JAPANESE_KANJI::add);
        }
    }

    private JapaneseNames() {
    }

    /** Whether a name written with kanji is Japanese by its own letters. */
    public static boolean isJapanese(String name) {
        if (Transliteration.isPlainAscii(name)) {
            return false;
        }
        boolean han = false;
        boolean japanese = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                han = true;
                japanese |= JAPANESE_KANJI.contains(cp);
            } else if (isKana(cp) || cp == 0x3005) {
                japanese = true;
            }
        }
        return han && japanese;
    }

    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && cp != 0x3005;
    }

    private static boolean isKana(int cp) {
        return (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB && cp != 0x30FC) || (cp >= 0xFF66 && cp <= 0xFF9D);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(JapaneseNames::isHan);
    }

    /**
     * The pieces of one word of a Japanese name with each run of kanji made one piece keyed by its kanji, not by
     * its Mandarin reading and not split into a family and a given name as a Chinese name is (Japanese family
     * names are mostly two kanji); other pieces unchanged.
     */
    static List<Transliteration.Piece> byKanji(List<Transliteration.Piece> pieces) {
        List<Transliteration.Piece> out = new java.util.ArrayList<>(pieces.size());
        StringBuilder run = new StringBuilder();
        for (Transliteration.Piece p : pieces) {
            if (p.syllabic() && hasHan(p.surface())) {
                run.append(p.surface());
                continue;
            }
            flush(run, out);
            out.add(p);
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<Transliteration.Piece> out) {
        if (run.length() > 0) {
            String kanji = run.toString();
            out.add(new Transliteration.Piece(kanji, kanji, false, kanji.codePointCount(0, kanji.length()) == 1, true));
            run.setLength(0);
        }
    }

    /**
     * Whether a match pairs a query given as Japanese (country Japan) whose word in kanji met a listed word not
     * in kanji: that can only have gone through the Mandarin reading, which a Japanese name does not have.
     */
    public static boolean throughMandarin(String queryCountry, List<TokenMatch> matches) {
        if (queryCountry == null || queryCountry.isBlank() || !"JP".equals(CountryCodes.toAlpha2(queryCountry))) {
            return false;
        }
        for (TokenMatch m : matches) {
            if (hasHan(m.query()) && !hasHan(m.listed())) {
                return true;
            }
        }
        return false;
    }
}
