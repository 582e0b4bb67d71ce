package dev.clearance.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the tokens of two names, order-independently, and turns the alignment into a score.
 *
 * <p>Score = Σ similarity·(w<sub>q</sub>+w<sub>l</sub>) over aligned pairs, divided by Σ(w<sub>q</sub>+w<sub>l</sub>)
 * plus penalties for what is left: weight left on both sides is a contradiction ("Sergey <em>Ivanovich</em>
 * Lavrov" vs "Sergey <em>Viktorovich</em> Lavrov") and costs {@link #CONTRADICTION} per side, weight left on
 * one side only is an omission (a missing middle name) and costs only {@link #OMISSION}.
 */
final class Aligner {
    static final double CONTRADICTION = 1.6;
    /** Omission cost in person names, where middle names and patronymics come and go. */
    static final double OMISSION = 0.35;
    /** Omission cost in organisation and vessel names, where an extra word often names a different company. */
    static final double ORGANISATION_OMISSION = 1.2;

    private Aligner() {
    }

    /** The penalty for unaligned weight; non-decreasing in both arguments (the index's bound relies on it). */
    static double penalty(double leftQuery, double leftListed, double omission) {
        double both = Math.min(leftQuery, leftListed);
        return 2 * CONTRADICTION * both + omission * (Math.max(leftQuery, leftListed) - both);
    }

    private record Pair(int q, int q2, int l, int l2, TokenMatch match, double value, Token a, Token b) {
        /** A tie-breaker on content, not position, so that word order cannot change the outcome. */
        String tie() {
            if (a == null) {
                return "";
            }
            String x = a.key();
            String y = b.key();
            return x.compareTo(y) <= 0 ? x + '\u0000' + y : y + '\u0000' + x;
        }
    }

    static Comparison align(List<Token> q, List<Token> l, TokenWeights weights, double omission) {
        return align(q, l, weigh(q, weights), weigh(l, weights), omission);
    }

    static double[] weigh(List<Token> tokens, TokenWeights weights) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.weight(tokens.get(i));
        }
        return w;
    }

    /** Aligns with token weights already computed ({@code wq[i]} for {@code q.get(i)}). */
    static Comparison align(List<Token> q, List<Token> l, double[] wq, double[] wl, double omission) {
        if (q.isEmpty() || l.isEmpty()) {
            return Comparison.NONE;
        }
        boolean[] usedQ = new boolean[wq.length];
        boolean[] usedL = new boolean[wl.length];
        List<Pair> chosen = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < wq.length; i++) {
            for (int j = 0; j < wl.length; j++) {
                TokenMatch m = TokenSimilarity.compare(q.get(i), l.get(j));
                if (m != null) {
                    pairs.add(new Pair(i, -1, j, -1, m, m.similarity() * (wq[i] + wl[j]), q.get(i), l.get(j)));
                }
            }
        }
        // Merges and splits compete with single pairs on value: "SiemensAG" is "Siemens AG", not "Siemens" plus a typo.
        for (int i = 0; i < wq.length; i++) {
            for (int j = 0; j + 1 < wl.length; j++) {
                TokenMatch m = TokenSimilarity.merged(q.get(i), l.get(j), l.get(j + 1), true);
                if (m != null) {
                    pairs.add(new Pair(i, -1, j, j + 1, m, m.similarity() * (wq[i] + wl[j] + wl[j + 1]), null, null));
                }
            }
        }
        for (int j = 0; j < wl.length; j++) {
            for (int i = 0; i + 1 < wq.length; i++) {
                TokenMatch m = TokenSimilarity.merged(l.get(j), q.get(i), q.get(i + 1), false);
                if (m != null) {
                    pairs.add(new Pair(i, i + 1, j, -1, m, m.similarity() * (wq[i] + wq[i + 1] + wl[j]), null, null));
                }
            }
        }
        pick(pairs, usedQ, usedL, chosen);
        return score(q, l, wq, wl, usedQ, usedL, chosen, omission);
    }

    private static void pick(List<Pair> pairs, boolean[] usedQ, boolean[] usedL, List<Pair> chosen) {
        pairs.sort((x, y) -> x.value != y.value ? Double.compare(y.value, x.value) : x.tie().compareTo(y.tie()));
        for (Pair p : pairs) {
            if (usedQ[p.q] || usedL[p.l] || (p.q2 >= 0 && usedQ[p.q2]) || (p.l2 >= 0 && usedL[p.l2])) {
                continue;
            }
            usedQ[p.q] = true;
            usedL[p.l] = true;
            if (p.q2 >= 0) {
                usedQ[p.q2] = true;
            }
            if (p.l2 >= 0) {
                usedL[p.l2] = true;
            }
            chosen.add(p);
        }
    }

    private static Comparison score(List<Token> q, List<Token> l, double[] wq, double[] wl, boolean[] usedQ,
                                    boolean[] usedL, List<Pair> chosen, double omission) {
        double num = 0;
        double matched = 0;
        List<TokenMatch> matches = new ArrayList<>(chosen.size());
        double leftQ = 0;
        double leftL = 0;
        for (Pair p : chosen) {
            double w = wq[p.q] + wl[p.l] + (p.q2 >= 0 ? wq[p.q2] : 0) + (p.l2 >= 0 ? wl[p.l2] : 0);
            if (p.match.kind() == MatchKind.INITIAL) {
                // An initial vouches only for its own weight: the rest of the full word stays unexplained.
                double low = Math.min(wq[p.q], wl[p.l]);
                leftQ += wq[p.q] - low;
                leftL += wl[p.l] - low;
                w = 2 * low;
            }
            num += p.match.similarity() * w;
            matched += w;
            matches.add(p.match);
        }
        List<String> restQ = new ArrayList<>();
        List<String> restL = new ArrayList<>();
        for (int i = 0; i < wq.length; i++) {
            if (!usedQ[i]) {
                leftQ += wq[i];
                restQ.add(q.get(i).surface());
            }
        }
        for (int j = 0; j < wl.length; j++) {
            if (!usedL[j]) {
                leftL += wl[j];
                restL.add(l.get(j).surface());
            }
        }
        double score = matched == 0 ? 0 : num / (matched + penalty(leftQ, leftL, omission));
        return new Comparison(Math.min(1.0, score), matches, restQ, restL);
    }
}
