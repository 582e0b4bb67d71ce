package dev.clearance.matching.score;

import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.KoreanRomanisation;
import dev.clearance.matching.normalise.LegalForms;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.WadeGiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Korean, Chinese and Japanese personal names compared as family name and given name. A given name is a string of syllables
 * from a closed set, so one letter more or less, or two syllables run together against a two-syllable given name
 * written apart, is another given name, not a typo: "Kim Min-jun" is not "Man Chun KIM". When the query reads as a
 * Korean name ({@link KoreanRomanisation}), or the listed person's name does, a word matched only by edits, sound, as
 * an initial or merged with an edit, unless its syllables are the same ({@link #sameSyllables}), or a given-name
 * syllable left over on one side, means the given names differ, and the match is taken below the threshold. Chinese
 * names in Pinyin (every word in Pinyin syllables, a family name of {@code chinese-surnames.txt} at either end) are
 * read so too, a Wade–Giles syllable without its marks being each Pinyin syllable it may stand for.
 */
public final class EastAsianNames {
    // Compiled once: replaceAll and split compiled these again for every pair scored.
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[\\s\\-'’ʼ]+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’ʼ]");
    private static final java.util.regex.Pattern SPACES_HYPHENS = java.util.regex.Pattern.compile("[\\s\\-]+");
    /** Factor on a Korean or Chinese name whose given name matches only by edits, sound or merging. */
    public static final double GIVEN_NAME_DIFFERS = 0.7;
    private static final Set<String> CHINESE_SURNAMES = new HashSet<>();
    private static final Set<String> JAPANESE_SURNAMES = new HashSet<>();
    /** Chinese surnames that are also common names or words elsewhere (Ma, Hu): read as Chinese only in pairs. */
    private static final Set<String> SHARED_SURNAMES = new HashSet<>();
    /**
     * A word of Japanese syllables in Hepburn: each a vowel, a consonant (or ky, sh, ch, ts, ny ...) and a vowel, or n;
     * a doubled consonant before a syllable ("Hattori", "Nitta").
     */
    private static final java.util.regex.Pattern HEPBURN = java.util.regex.Pattern.compile(
            "(?:(?:([kstpgdbc])(?=\\1))?(?:sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmyrwjf])?[aiueo]|n(?![aiueoy]))+");

    static {
        for (String[] row : LegalForms.Tables.rows("chinese-surnames.txt")) {
            (row[0].strip().equals("shared") ? SHARED_SURNAMES : CHINESE_SURNAMES)
                    .addAll(List.of(row[1].strip().split(" +")));
        }
        for (String[] row : LegalForms.Tables.rows("japanese-surnames.txt")) {
            JAPANESE_SURNAMES.addAll(List.of(row[1].strip().split(" +")));
        }
    }

    private EastAsianNames() {
    }

    /** Whether the alignment pairs words of a Korean or Chinese name only by edits, sound or merging. */
    public static boolean givenNamesDiffer(List<Token> q, List<Token> l, Comparison c, boolean listedPerson) {
        if (!fuzzy(c)) {
            return false;
        }
        return eastAsian(q) || listedPerson && eastAsian(l) || chineseOnSharedSurname(q, l, c);
    }

    /**
     * Whether the query reads as a Chinese name on a surname shared with other peoples (every word in Pinyin
     * syllables, such a surname at an end) and the other name says so too: it is one as well, on the same surname
     * ("Ma Jing" against "MA Jiang"), or it meets the surname only run together with a given-name syllable into
     * one word ("Ma Yan" against "Mayak"), which no name written as family name and given name apart is. One name
     * alone says too little (Ma, Hu are names elsewhere).
     */
    public static boolean chineseOnSharedSurname(List<Token> q, List<Token> l, Comparison c) {
        List<String> wq = latinWords(q);
        if (wq == null || !pinyinWords(wq)) {
            return false;
        }
        List<String> wl = latinWords(l);
        boolean pinyinListed = wl != null && pinyinWords(wl);
        for (String family : List.of(wq.get(0), wq.get(wq.size() - 1))) {
            if (!SHARED_SURNAMES.contains(family)) {
                continue;
            }
            if (pinyinListed && (wl.get(0).equals(family) || wl.get(wl.size() - 1).equals(family))) {
                return true;
            }
            if (c != null && !matchedAlone(family, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the query reads as a Korean, Chinese or Japanese person's name (as {@link #givenNamesDiffer} reads one,
     * or all Pinyin on a surname shared with other peoples) and the alignment runs two of its words together into
     * one listed word ("Yan Hu" against the vessel "YANHU", "He Na" against the vessel "HENNA"). A family name and a
     * given name written apart are a person's name; run together they spell another word, unless the listed party is
     * a person whose name a list wrote in one word (the caller asks only of vessels, aircraft and organisations).
     */
    public static boolean runTogether(List<Token> q, Comparison c) {
        boolean split = false;
        for (TokenMatch m : c.matches()) {
            split |= m.kind() == MatchKind.SPLIT;
        }
        if (!split) {
            return false;
        }
        List<String> wq = latinWords(q);
        return wq != null && (eastAsian(q) || pinyinWords(wq)
                && (SHARED_SURNAMES.contains(wq.get(0)) || SHARED_SURNAMES.contains(wq.get(wq.size() - 1))));
    }

    /** Whether a match pairs the word {@code family} on its own (not run together with another word). */
    private static boolean matchedAlone(String family, Comparison c) {
        for (TokenMatch m : c.matches()) {
            if (m.query().toLowerCase(java.util.Locale.ROOT).replace("-", "").equals(family)) {
                return true;
            }
        }
        return false;
    }

    /** Each word of one to three Pinyin syllables. */
    private static boolean pinyinWords(List<String> words) {
        for (String w : words) {
            int n = WadeGiles.pinyinSyllables(w);
            if (n == 0 || n > 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word is matched only by edits, sound, as an initial (a syllable is no initial: "Jeong-u" is not
     * "Jong Un") or merged with an edit; or a name word is left over.
     */
    private static boolean fuzzy(Comparison c) {
        for (TokenMatch m : c.matches()) {
            if ((m.kind() == MatchKind.EDITS || m.kind() == MatchKind.PHONETIC || m.kind() == MatchKind.INITIAL
                    || (m.kind() == MatchKind.MERGED || m.kind() == MatchKind.SPLIT) && m.edits() > 0)
                    && !sameSyllables(m.query(), m.listed())) {
                return true;
            }
        }
        // A syllable left over on either side is another given name: on one side ("Li Yong" against "Ri Yong Su":
        // the given name is Yong-su), or on both ("Jun-u" against "Chun Do": u is not do).
        return !c.unmatchedQuery().isEmpty() || !c.unmatchedListed().isEmpty();
    }

    /**
     * Whether two spellings (a word, or two words of a merge) are the same syllables: read as Korean syllables (each
     * word, or each part between hyphens, from its start: "Su-nyeong" is su + nyeong) with equal folds, or as Pinyin
     * syllables each equal or the Wade–Giles spelling of the other ("Chi-cheng" and "Jicheng"). A query spelling
     * that does not read as syllables is not judged here (a typo keeps its edits). A letter typed twice ("Hwaan", "Chooe") is
     * the commonest slip and a misspelling of the same syllables, not a new syllable, though the doubled spelling may
     * read as two ("hwa-an").
     */
    static boolean sameSyllables(String q, String l) {
        if (doubledOnce(q, l) || doubledOnce(l, q)) {
            return true;
        }
        List<String> kq = korean(q);
        List<String> kl = korean(l);
        if (kq != null && kl != null && kq.equals(kl)) {
            return true;
        }
        List<String> pq = pinyin(q);
        List<String> pl = pinyin(l);
        if (pq != null && pl != null && pq.size() == pl.size()) {
            boolean same = true;
            for (int k = 0; k < pq.size() && same; k++) {
                same = WadeGiles.sameSyllable(pq.get(k), pl.get(k));
            }
            if (same) {
                return true;
            }
        }
        // A query spelling that reads as no syllables is a typo of the listed one, and keeps its edits; a query that
        // reads as syllables against a listed spelling that does not ("Li Xia" against "Litia") is another word.
        return kq == null && pq == null;
    }

    /**
     * Whether {@code longerSpelling} is {@code shorterSpelling} with one of its letters typed twice, spaces, hyphens
     * and apostrophes aside (a merge pairs "Man-chuun" with "Man Chun").
     */
    public static boolean doubledOnce(String longerSpelling, String shorterSpelling) {
        String longer = BREAKS.matcher(longerSpelling.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        String shorter = BREAKS.matcher(shorterSpelling.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int k = 1; k < longer.length(); k++) {
            if (longer.charAt(k) == longer.charAt(k - 1) && Character.isLetter(longer.charAt(k))
                    && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> korean(String text) {
        List<String> out = new ArrayList<>(4);
        for (String part : parts(text)) {
            KoreanRomanisation.Reading r = KoreanRomanisation.read(part);
            if (r == null) {
                return null;
            }
            out.addAll(r.parts());
        }
        return out.isEmpty() ? null : out;
    }

    private static List<String> pinyin(String text) {
        List<String> out = new ArrayList<>(4);
        for (String part : parts(text)) {
            // Wade-Giles writes one syllable per part ("Kuei-chin"): kept whole, WadeGiles.sameSyllable reads it.
            if (WadeGiles.plainSpelling(part)) {
                out.add(part);
                continue;
            }
            List<String> s = WadeGiles.pinyinSyllablesOf(part);
            if (s == null) {
                return null;
            }
            out.addAll(s);
        }
        return out.isEmpty() ? null : out;
    }

    /** The lower-case ASCII parts of a spelling between spaces and hyphens; none when it has other letters. */
    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>(3);
        // An apostrophe marks aspiration ("ch'un") or a syllable break inside one word: dropped, not a boundary.
        for (String p : SPACES_HYPHENS.split(APOSTROPHES.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(""))) {
            if (p.isEmpty()) {
                continue;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < 'a' || p.charAt(i) > 'z') {
                    return List.of();
                }
            }
            out.add(p);
        }
        return out;
    }

    /** Whether a name reads as a Korean or a Chinese personal name. */
    static boolean eastAsian(List<Token> tokens) {
        List<String> words = latinWords(tokens);
        if (words == null) {
            return false;
        }
        // Pinyin too: a Wade-Giles spelling written without its marks stands for every syllable it may be
        // (WadeGiles.sameSyllable: "Chi Kao" may be Qi Gao), so such a name still meets its Pinyin entry.
        return KoreanRomanisation.foldName(words) != null || chinese(words) || japanese(words);
    }

    /**
     * Whether the words read as a Japanese name: two or three words of Japanese syllables, the first or the last a
     * family name of {@code japanese-surnames.txt}. Its given name is a word of its own ("Yuna" is not "Yuan").
     */
    public static boolean japanese(List<String> words) {
        if (words.size() > 3 || !JAPANESE_SURNAMES.contains(words.get(0))
                && !JAPANESE_SURNAMES.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (String w : words) {
            if (!HEPBURN.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The two to four words of a name in plain Latin letters (hyphens dropped), or {@code null}. */
    private static List<String> latinWords(List<Token> tokens) {
        if (tokens.size() < 2 || tokens.size() > 4) {
            return null;
        }
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.legalForm() || t.numeric() || t.abjad()) {
                return null;
            }
            String w = t.form().replace("-", "");
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
                    return null;
                }
            }
            words.add(w);
        }
        return words;
    }

    private static boolean chinese(List<String> words) {
        if (!CHINESE_SURNAMES.contains(words.get(0)) && !CHINESE_SURNAMES.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (String w : words) {
            int n = WadeGiles.pinyinSyllables(w);
            if (n == 0 || n > 3) {
                return false;
            }
        }
        return true;
    }
}
