package dev.clearance.matching;

/**
 * Compares two tokens. Every rule here that can succeed is mirrored by a key in {@link CandidateIndex}
 * (same key, deletion neighbourhood, phonetic key, skeleton, initial letter), which is what makes
 * candidate generation lose no pair this class would accept.
 */
final class TokenSimilarity {
    static final double INITIAL = 0.75;
    static final double PHONETIC = 0.8;
    static final double SKELETON = 0.85;

    private TokenSimilarity() {
    }

    /** Edits tolerated between two words whose shorter one has {@code length} characters. */
    static int maxEdits(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 5 ? 1 : 2;
    }

    /** Similarity for an edit distance: one typo in a long word stays near 1. */
    static double editSimilarity(int edits, int minLength) {
        return 1.0 - 0.6 * edits / Math.max(minLength, 1);
    }

    /** The best match between a query token and a listed token, or {@code null}. */
    static TokenMatch compare(Token q, Token l) {
        String a = q.key();
        String b = l.key();
        if (a.equals(b)) {
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
            boolean fits = q.initial() != l.initial() && a.charAt(0) == b.charAt(0);
            return fits ? new TokenMatch(q.surface(), l.surface(), MatchKind.INITIAL, 0, INITIAL) : null;
        }
        TokenMatch best = null;
        int allowed = maxEdits(Math.min(a.length(), b.length()));
        if (allowed > 0) {
            // Edits count on the spelling as written too: "serei" is one typo from "sergei", two from "sergey".
            int d = Edits.distance(a, b, allowed);
            if (d > allowed && !(a.equals(q.form()) && b.equals(l.form()))) {
                d = Math.min(d, Edits.distance(q.form(), l.form(), allowed));
            }
            if (d <= allowed) {
                best = new TokenMatch(q.surface(), l.surface(), MatchKind.EDITS, d,
                        editSimilarity(d, Math.min(a.length(), b.length())));
            }
        }
        if ((q.abjad() || l.abjad()) && q.skeleton() != null && q.skeleton().equals(l.skeleton())
                && (best == null || best.similarity() < SKELETON)) {
            best = new TokenMatch(q.surface(), l.surface(), MatchKind.TRANSLITERATED, 0, SKELETON);
        }
        // Short codes ("JN", "TS") and different initial letters make Metaphone agree on unrelated names.
        if (q.phonetic() != null && q.phonetic().length() >= 3 && q.phonetic().equals(l.phonetic())
                && a.charAt(0) == b.charAt(0) && (best == null || best.similarity() < PHONETIC)) {
            best = new TokenMatch(q.surface(), l.surface(), MatchKind.PHONETIC, 0, PHONETIC);
        }
        return best;
    }

    /** What {@link #similarity} and {@link #mergedSimilarity} return when the tokens do not match. */
    static final double NO_MATCH = -1;

    /**
     * The similarity {@link #compare} would give, or {@link #NO_MATCH}, without building a {@link TokenMatch}:
     * the scorer's hot path. Must follow {@link #compare} rule for rule. The match is of kind
     * {@link MatchKind#INITIAL} exactly when it succeeds and {@code q.initial() != l.initial()}.
     */
    static double similarity(Token q, Token l) {
        String a = q.key();
        String b = l.key();
        // Equal keys have equal character sets: comparing the sets first skips most string comparisons.
        if (q.keyLetters() == l.keyLetters() && a.equals(b)) {
            return 1.0;
        }
        if (!q.plain() || !l.plain()) {
            if (q.legalForm() || l.legalForm() || q.numeric() || l.numeric()) {
                return NO_MATCH;
            }
            if (q.syllable() || l.syllable()) {
                return NO_MATCH;
            }
            // Not plain, not legal, numeric or a syllable: one of them is an initial.
            return q.initial() != l.initial() && a.charAt(0) == b.charAt(0) ? INITIAL : NO_MATCH;
        }
        double best = NO_MATCH;
        int minLength = Math.min(a.length(), b.length());
        int allowed = maxEdits(minLength);
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
                best = editSimilarity(d, minLength);
            }
        }
        if ((q.abjad() || l.abjad()) && best < SKELETON && q.skeleton() != null && q.skeleton().equals(l.skeleton())) {
            best = SKELETON;
        }
        // Both codes present means both keys have 3 letters or more, so charAt(0) is safe.
        if (best < PHONETIC && q.phonetic() != null && l.phonetic() != null && a.charAt(0) == b.charAt(0)
                && q.phonetic().length() >= 3 && q.phonetic().equals(l.phonetic())) {
            best = PHONETIC;
        }
        return best;
    }

    /** The similarity {@link #merged} would give, or {@link #NO_MATCH}; rule for rule the same. */
    static double mergedSimilarity(Token one, Token first, Token second) {
        String a = first.joinable();
        String b = second.joinable();
        String single = one.joinable();
        int joinedLength = a.length() + b.length();
        if (Math.abs(single.length() - joinedLength) > 1 || a.isEmpty() || single.isEmpty()
                || single.charAt(0) != a.charAt(0)) {
            return NO_MATCH;
        }
        boolean syllables = one.syllable() || first.syllable() || second.syllable();
        int minLength = Math.min(single.length(), joinedLength);
        int allowed = syllables ? 0 : Math.min(1, maxEdits(minLength));
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
    static TokenMatch merged(Token one, Token first, Token second, boolean queryIsOne) {
        String a = joinable(first);
        String b = joinable(second);
        String single = joinable(one);
        // Cheap refusals first: this runs for every adjacent pair of every candidate.
        if (Math.abs(single.length() - a.length() - b.length()) > 1 || a.isEmpty() || single.isEmpty()
                || single.charAt(0) != a.charAt(0)) {
            return null;
        }
        String joined = a + b;
        if (single.isEmpty() || joined.isEmpty() || single.charAt(0) != joined.charAt(0)) {
            return null;
        }
        // Chinese and Korean syllables are a closed set: a changed letter is another syllable.
        boolean syllables = one.syllable() || first.syllable() || second.syllable();
        int allowed = syllables ? 0 : Math.min(1, maxEdits(Math.min(single.length(), joined.length())));
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

    /** The letters a token contributes to a merge: legal tags merge as written ("jsc"), not as tag. */
    static String joinable(Token t) {
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
