package dev.clearance.matching.score;

import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Token;
import java.util.Map;

/**
 * Token weights for a screener: {@link TokenWeights#base} scaled down for tokens many listed names
 * share (IDF-like), so that "Muhammad" or "Bank" count for less than a rare family name.
 */
public final class TermStatistics implements TokenWeights {
    /** Weight factor of a token every name has; rare tokens get 1. */
    private static final double FLOOR = 0.4;

    private final Map<String, Integer> documentFrequency;
    private final int names;
    /** {@code log(names / 3)}, worked out once: weight() runs for every token of every name indexed. */
    private final double scale;

    /** Statistics over the names of a list set: in how many names each token key occurs. */
    public static TermStatistics of(java.util.List<NormalisedName> normalised) {
        Map<String, Integer> df = new java.util.HashMap<>();
        for (NormalisedName n : normalised) {
            n.tokens().stream().map(Token::key).distinct().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        return new TermStatistics(df, normalised.size());
    }

    TermStatistics(Map<String, Integer> documentFrequency, int names) {
        this.documentFrequency = documentFrequency;
        this.names = Math.max(names, 4);
        this.scale = Math.log(this.names / 3.0);
    }

    /** Whether one to three listed names hold the word: a word that identifies its bearer. */
    boolean rare(String key) {
        int df = documentFrequency.getOrDefault(key, 0);
        return df >= 1 && df <= 3;
    }

    /**
     * A legal form's weight in every list: its base weight as a list where every name carries it would give. A legal
     * form identifies no one in any list; weighed by a list's statistics, the same "X Co., Limited" scored lower
     * against "X" where the list publishing it holds fewer companies (a short list, a list of people), so that a
     * query of the name's one distinctive word missed there and was found in a longer list.
     */
    static final double LEGAL_FORM = TokenWeights.LEGAL_FORM * FLOOR;

    @Override
    public double weight(Token t) {
        if (t.legalForm()) {
            return LEGAL_FORM;
        }
        int df = documentFrequency.getOrDefault(t.key(), 0);
        if (df <= 3) {
            return TokenWeights.base(t);
        }
        double idf = Math.log((double) names / df) / scale;
        return TokenWeights.base(t) * (FLOOR + (1 - FLOOR) * Math.max(0, Math.min(1, idf)));
    }
}
