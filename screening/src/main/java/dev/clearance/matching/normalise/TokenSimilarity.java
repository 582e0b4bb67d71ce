package dev.clearance.matching.normalise;

import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;

/**
 * Compares two tokens. Every rule here that can succeed is mirrored by a key in {@link CandidateIndex}
 * (same key, deletion neighbourhood, phonetic key, skeleton, initial letter), which is what makes
 * candidate generation lose no pair this class would accept.
 */
public final class TokenSimilarity {
    static final double INITIAL = 0.75;
    public static final double PHONETIC = 0.8;
    static final double SKELETON = 0.85;

    private TokenSimilarity() {
    }

    /** Edits tolerated between two words whose shorter one has {@code length} characters. */
    public static int maxEdits(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 5 ? 1 : 2;
    }

    /**
     * Edits accepted when comparing two words whose shorter one has {@code length} characters: none up to
     * three, one up to six, two from seven ("Catalina" and "Carolina" are two names, not a typo). The
     * index keeps the wider {@link #maxEdits} radius, so it still finds every pair this accepts.
     */
    public static int allowedEdits(int length) {
        return length <= 6 ? Math.min(1, maxEdits(length)) : 2;
    }

    /** The similarity of two words {@code d} edits apart (the shorter has {@code minLength} characters). */
    static double edited(Token q, Token l, int d, int minLength) {
        if (d == 1 && gendered(q.key(), l.key())) {
            return GENDERED;
        }
        return editSimilarity(d, minLength) * firstLetter(q, l);
    }

    /** Similarity of a name and its other-gender form: "Julia" and "Julio", "Ivana" and "Ivan" are two people. */
    static final double GENDERED = 0.7;

    /** Whether two words differ only by a final "a" (added, or against "o" or "e"). */
    static boolean gendered(String x, String y) {
        if (x.length() < 3 || y.length() < 3) {
            return false;
        }
        if (x.length() == y.length() + 1 || y.length() == x.length() + 1) {
            String longer = x.length() > y.length() ? x : y;
            String shorter = x.length() > y.length() ? y : x;
            return longer.charAt(longer.length() - 1) == 'a' && longer.startsWith(shorter);
        }
        if (x.length() != y.length() || !x.regionMatches(0, y, 0, x.length() - 1)) {
            return false;
        }
        char a = x.charAt(x.length() - 1);
        char b = y.charAt(y.length() - 1);
        return (a == 'a' && (b == 'o' || b == 'e')) || (b == 'a' && (a == 'o' || a == 'e'));
    }

    /** Similarity for an edit distance: one typo in a long word stays near 1. */
    static double editSimilarity(int edits, int minLength) {
        return 1.0 - 0.6 * edits / Math.max(minLength, 1);
    }

    /** The best match between a query token and a listed token, or {@code null}. */
    public static TokenMatch compare(Token q, Token l) {
        String a = q.key();
        String b = l.key();
        if (a.equals(b)) {
            if (bothNative(q, l) && !q.surface().equals(l.surface())) {
                return null;
            }
            MatchKind kind = q.surface().equals(l.surface()) ? MatchKind.EXACT
                    : q.legalForm() ? MatchKind.LEGAL_FORM : MatchKind.TRANSLITERATED;
            return new TokenMatch(q.surface(), l.surface(), kind, 0, 1.0);
        }
        if (q.legalForm() || l.legalForm() || q.numeric() || l.numeric()) {
            return null;
        }
        if (q.syllable() || l.syllable()) {
            return null;
        }
        if (q.initial() || l.initial()) {
            boolean fits = q.initial() != l.initial() && initialFits(q, l);
            return fits ? new TokenMatch(q.surface(), l.surface(), MatchKind.INITIAL, 0, INITIAL) : null;
        }
        if (q.syllabic() || l.syllabic()) {
            return null;
        }
        TokenMatch best = null;
        int allowed = allowedEdits(Math.min(a.length(), b.length()));
        if (allowed > 0) {
            // Edits count on the spelling as written too: "serei" is one typo from "sergei", two from "sergey".
            int d = Edits.distance(a, b, allowed);
            if (d > allowed && !(a.equals(q.form()) && b.equals(l.form()))) {
                d = Math.min(d, Edits.distance(q.form(), l.form(), allowed));
            }
            if (d <= allowed) {
                best = new TokenMatch(q.surface(), l.surface(), MatchKind.EDITS, d,
                        edited(q, l, d, Math.min(a.length(), b.length())));
            }
        }
        if ((q.abjad() || l.abjad()) && skeletonsAgree(q, l) && (best == null || best.similarity() < SKELETON)) {
            best = new TokenMatch(q.surface(), l.surface(), MatchKind.TRANSLITERATED, 0, SKELETON);
        }
        // Short codes ("JN", "TS") and different initial letters make Metaphone agree on unrelated names.
        if (q.phonetic() != null && q.phonetic().length() >= 3 && q.phonetic().equals(l.phonetic())
                && a.charAt(0) == b.charAt(0) && syllables(a) == syllables(b)
                && (best == null || best.similarity() < PHONETIC)) {
            best = new TokenMatch(q.surface(), l.surface(), MatchKind.PHONETIC, 0, PHONETIC);
        }
        return best;
    }

    /**
     * Two words both written in Chinese characters or Hangul are compared as written: romanisation folds
     * distinct syllables together (정 and 종 are both "jong" in lists' McCune-Reischauer without breves;
     * 市 and 石 are both "shi"), and a Japanese name in kanji must not meet another through Mandarin pinyin.
     */
    static boolean bothNative(Token q, Token l) {
        return q.syllabic() && l.syllabic();
    }

    /**
     * Factor on an edit-distance similarity: typos rarely hit a name's first letter, while unrelated names
     * that differ by two letters often differ there ("Pamela" and "Varela", "Laura" and "Paura").
     */
    static double firstLetter(Token q, Token l) {
        return q.key().charAt(0) == l.key().charAt(0) || q.form().charAt(0) == l.form().charAt(0) ? 1.0 : FIRST_LETTER;
    }

    static final double FIRST_LETTER = 0.88;

    /**
     * Consonant skeletons agree when they are equal, hold three consonants or more (two match half of all
     * names: "sr" is Sara and Yasir) and the words start alike (both with a vowel, or the same consonant).
     */
    static boolean skeletonsAgree(Token q, Token l) {
        String x = q.skeleton();
        if (x == null || x.length() < 3 || !x.equals(l.skeleton())) {
            return false;
        }
        char a = q.key().charAt(0);
        char b = l.key().charAt(0);
        return a == b || (vowel(a) && vowel(b));
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** An initial stands for a word spelt with its letter first, as folded or as written ("E." for Evgeny, key yevgeniy). */
    static boolean initialFits(Token q, Token l) {
        return q.key().charAt(0) == l.key().charAt(0)
                || (!q.form().isEmpty() && !l.form().isEmpty() && q.form().charAt(0) == l.form().charAt(0));
    }

    /** What {@link #similarity} and {@link #mergedSimilarity} return when the tokens do not match. */
    public static final double NO_MATCH = -1;

    /**
     * The similarity {@link #compare} would give, or {@link #NO_MATCH}, without building a {@link TokenMatch}:
     * the scorer's hot path. Must follow {@link #compare} rule for rule. The match is of kind
     * {@link MatchKind#INITIAL} exactly when it succeeds and {@code q.initial() != l.initial()}.
     */
    public static double similarity(Token q, Token l) {
        String a = q.key();
        String b = l.key();
        // Equal keys have equal character sets: comparing the sets first skips most string comparisons.
        if (q.keyLetters() == l.keyLetters() && a.equals(b)) {
            return bothNative(q, l) && !q.surface().equals(l.surface()) ? NO_MATCH : 1.0;
        }
        if (!q.plain() || !l.plain()) {
            if (q.legalForm() || l.legalForm() || q.numeric() || l.numeric()) {
                return NO_MATCH;
            }
            if (q.syllable() || l.syllable()) {
                return NO_MATCH;
            }
            // Not plain, not legal, numeric or a syllable: one of them is an initial.
            return q.initial() != l.initial() && initialFits(q, l) ? INITIAL : NO_MATCH;
        }
        if (q.syllabic() || l.syllabic()) {
            return NO_MATCH;
        }
        double best = NO_MATCH;
        int minLength = Math.min(a.length(), b.length());
        int allowed = allowedEdits(minLength);
        if (allowed > 0) {
            // The character-set bound refuses most unrelated words before the distance is worked out;
            // a refused pair has distance above allowed, which is all that the rest of this block uses.
            int d = Token.editLowerBound(q.keyLetters(), l.keyLetters()) > allowed ? allowed + 1
                    : Edits.distance(a, b, allowed);
            if (d > allowed && !(q.keyIsForm() && l.keyIsForm())
                    && Token.editLowerBound(q.formLetters(), l.formLetters()) <= allowed) {
                d = Math.min(d, Edits.distance(q.form(), l.form(), allowed));
            }
            if (d <= allowed) {
                best = edited(q, l, d, minLength);
            }
        }
        if ((q.abjad() || l.abjad()) && best < SKELETON && skeletonsAgree(q, l)) {
            best = SKELETON;
        }
        // Both codes present means both keys have 3 letters or more, so charAt(0) is safe.
        if (best < PHONETIC && q.phonetic() != null && l.phonetic() != null && a.charAt(0) == b.charAt(0)
                && q.phonetic().length() >= 3 && q.phonetic().equals(l.phonetic()) && syllables(a) == syllables(b)) {
            best = PHONETIC;
        }
        return best;
    }

    /**
     * The number of vowel groups of a key, its syllables as written, a final e after a consonant being silent: two
     * words that sound alike have as many ("Derrick" and "Derek", "Michel" and "Michelle", "Schulze" and "Scholz"),
     * where the consonant code alone also pairs "Marissa" with "Moroz", "Tanaka" with "Tong" and "Mark" with "Marco".
     */
    public static int syllables(String key) {
        int n = 0;
        boolean inVowel = false;
        int end = key.length();
        if (end >= 3 && key.charAt(end - 1) == 'e' && !syllableVowel(key.charAt(end - 2))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            boolean vowel = syllableVowel(key.charAt(i));
            n += vowel && !inVowel ? 1 : 0;
            inVowel = vowel;
        }
        return n;
    }

    /** A, e, i, o or u: y begins as many syllables as it ends ("Yuna", "Aleksey"), so it counts as neither. */
    private static boolean syllableVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The similarity {@link #merged} would give, or {@link #NO_MATCH}; rule for rule the same. */
    public static double mergedSimilarity(Token one, Token first, Token second) {
        String a = first.joinable();
        String b = second.joinable();
        String single = one.joinable();
        int joinedLength = a.length() + b.length();
        // An initial is a word of its own: "P. Patrushev" is not "Ppatrushev" split.
        if (one.initial() || first.initial() || second.initial()) {
            return NO_MATCH;
        }
        if (Math.abs(single.length() - joinedLength) > 1 || a.isEmpty() || single.isEmpty()
                || single.charAt(0) != a.charAt(0) || notAMerge(single, first, second)) {
            return NO_MATCH;
        }
        boolean syllables = one.syllabic() || first.syllabic() || second.syllabic();
        int minLength = Math.min(single.length(), joinedLength);
        int allowed = syllables || first.numeric() || second.numeric() ? 0 : Math.min(1, maxEdits(minLength));
        int d;
        if (allowed == 0) {
            // Exact only: compare in place rather than build the joined word.
            d = single.length() == joinedLength && single.startsWith(a) && single.startsWith(b, a.length()) ? 0 : 1;
        } else {
            d = Edits.distance(single, a + b, allowed);
        }
        if (d > allowed) {
            return NO_MATCH;
        }
        return 0.95 * editSimilarity(d, minLength);
    }

    /** A merge: one word against two adjacent words written together; exact or within one edit. */
    public static TokenMatch merged(Token one, Token first, Token second, boolean queryIsOne) {
        String a = joinable(first);
        String b = joinable(second);
        String single = joinable(one);
        if (one.initial() || first.initial() || second.initial()) {
            return null;
        }
        // Cheap refusals first: this runs for every adjacent pair of every candidate.
        if (Math.abs(single.length() - a.length() - b.length()) > 1 || a.isEmpty() || single.isEmpty()
                || single.charAt(0) != a.charAt(0)) {
            return null;
        }
        String joined = a + b;
        if (single.isEmpty() || joined.isEmpty() || single.charAt(0) != joined.charAt(0)) {
            return null;
        }
        if (notAMerge(single, first, second)) {
            return null;
        }
        // Chinese and Korean syllables are a closed set: a changed letter is another syllable; a number is no typo.
        boolean syllables = one.syllabic() || first.syllabic() || second.syllabic();
        int allowed = syllables || first.numeric() || second.numeric() ? 0
                : Math.min(1, maxEdits(Math.min(single.length(), joined.length())));
        int d = Edits.distance(single, joined, allowed);
        if (d > allowed) {
            return null;
        }
        double sim = 0.95 * editSimilarity(d, Math.min(single.length(), joined.length()));
        String pair = first.surface() + " " + second.surface();
        return queryIsOne
                ? new TokenMatch(one.surface(), pair, MatchKind.MERGED, d, sim)
                : new TokenMatch(pair, one.surface(), MatchKind.SPLIT, d, sim);
    }

    /**
     * A word equal to one of the two is that word matched and the other left over, not the two written together
     * with an edit: "Gang" against "Gang 2" (a vessel's series number), "Bonu" against "Bonu 5".
     */
    private static boolean notAMerge(String single, Token first, Token second) {
        return single.equals(first.joinable()) || single.equals(second.joinable());
    }

    /** The letters a token contributes to a merge: legal tags merge as written ("jsc"), not as tag. */
    public static String joinable(Token t) {
        return t.joinable();
    }

    static String joinableOf(Token t) {
        if (!t.legalForm()) {
            return t.key();
        }
        String s = t.surface();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
