package dev.clearance.matching.score;

import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.TokenSimilarity;
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
public final class Aligner {
    static final double CONTRADICTION = 1.6;
    /**
     * Omission cost in person names, where middle names and patronymics come and go; high enough that a
     * two-word query matching half of a four-word listed name ("Carlos Torres" against "Carlos Mario Torres
     * Hoyos") stays below the threshold without a date of birth to back it.
     */
    public static final double OMISSION = 0.55;
    /** Cost of the part of a word that an initial stands for and does not spell out ("J." for "John"). */
    static final double INITIAL_REMAINDER = 0.35;
    /** Omission cost in organisation and vessel names, where an extra word often names a different company. */
    public static final double ORGANISATION_OMISSION = 1.2;

    private Aligner() {
    }

    /** The penalty for unaligned weight; non-decreasing in both arguments (the index's bound relies on it). */
    public static double penalty(double leftQuery, double leftListed, double omission) {
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

    public static Comparison align(List<Token> q, List<Token> l, TokenWeights weights, double omission) {
        return align(q, l, weigh(q, weights), weigh(l, weights), omission);
    }

    public static double[] weigh(List<Token> tokens, TokenWeights weights) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.weight(tokens.get(i));
        }
        return w;
    }

    /** Aligns with token weights already computed ({@code wq[i]} for {@code q.get(i)}). */
    public static Comparison align(List<Token> q, List<Token> l, double[] wq, double[] wl, double omission) {
        return align(q, l, wq, wl, omission, null);
    }

    /** A weaker rule that pairs the words both names leave over once every ordinary match is made. */
    @FunctionalInterface
    interface Leftovers {
        /** The match of two leftover words, or {@code null}. */
        TokenMatch pair(Token q, Token l);
    }

    /**
     * Aligns, then pairs the words left over on both sides by {@code leftovers} ({@code null}: none). Pair
     * scoring only: the screener's {@link #scoreOf} knows no such second round.
     */
    public static Comparison align(List<Token> q, List<Token> l, double[] wq, double[] wl, double omission,
                            Leftovers leftovers) {
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
        if (leftovers != null) {
            List<Pair> second = new ArrayList<>();
            for (int i = 0; i < wq.length; i++) {
                for (int j = 0; j < wl.length && !usedQ[i]; j++) {
                    TokenMatch m = usedL[j] ? null : leftovers.pair(q.get(i), l.get(j));
                    if (m != null) {
                        second.add(new Pair(i, -1, j, -1, m, m.similarity() * (wq[i] + wl[j]), q.get(i), l.get(j)));
                    }
                }
            }
            pick(second, usedQ, usedL, chosen);
        }
        return score(q, l, wq, wl, usedQ, usedL, chosen, omission);
    }

    /** Working arrays of {@link #scoreOf}, one set per thread, grown on demand. */
    private static final class Work {
        int[] q = new int[64];
        int[] q2 = new int[64];
        int[] l = new int[64];
        int[] l2 = new int[64];
        double[] sim = new double[64];
        double[] value = new double[64];
        int[] order = new int[64];
        boolean[] usedQ = new boolean[16];
        boolean[] usedL = new boolean[16];
        int[] lenQ = new int[16];
        int[] firstQ = new int[16];
        int[] lenL = new int[16];
        int[] firstL = new int[16];
        List<Token> qt;
        List<Token> lt;

        void ensure(int pairs, int nq, int nl) {
            if (q.length < pairs) {
                int n = Math.max(pairs, 2 * q.length);
                q = new int[n];
                q2 = new int[n];
                l = new int[n];
                l2 = new int[n];
                sim = new double[n];
                value = new double[n];
                order = new int[n];
            }
            if (usedQ.length < nq) {
                usedQ = new boolean[Math.max(nq, 2 * usedQ.length)];
                lenQ = new int[usedQ.length];
                firstQ = new int[usedQ.length];
            }
            if (usedL.length < nl) {
                usedL = new boolean[Math.max(nl, 2 * usedL.length)];
                lenL = new int[usedL.length];
                firstL = new int[usedL.length];
            }
        }

        /**
         * {@code tie(x).compareTo(tie(y))} in sign, where {@code tie} is {@link Pair#tie()}: single pairs
         * tie-break on "k1\0k2" (their keys in order), merges and splits on "". Compared in place, unbuilt.
         */
        int compareTies(int x, int y) {
            boolean xs = q2[x] < 0 && l2[x] < 0;
            boolean ys = q2[y] < 0 && l2[y] < 0;
            if (!xs || !ys) {
                return (xs ? 1 : 0) - (ys ? 1 : 0);
            }
            String x1 = qt.get(q[x]).key();
            String x2 = lt.get(l[x]).key();
            if (x1.compareTo(x2) > 0) {
                String t = x1;
                x1 = x2;
                x2 = t;
            }
            String y1 = qt.get(q[y]).key();
            String y2 = lt.get(l[y]).key();
            if (y1.compareTo(y2) > 0) {
                String t = y1;
                y1 = y2;
                y2 = t;
            }
            int nx = x1.length() + 1 + x2.length();
            int ny = y1.length() + 1 + y2.length();
            for (int k = 0, n = Math.min(nx, ny); k < n; k++) {
                char cx = joinedAt(x1, x2, k);
                char cy = joinedAt(y1, y2, k);
                if (cx != cy) {
                    return cx - cy;
                }
            }
            return nx - ny;
        }

        private static char joinedAt(String first, String second, int k) {
            int n = first.length();
            return k < n ? first.charAt(k) : k == n ? '\u0000' : second.charAt(k - n - 1);
        }

        /** The order of {@link #pick}: value descending, then tie ascending. */
        int compare(int x, int y) {
            return value[x] != value[y] ? Double.compare(value[y], value[x]) : compareTies(x, y);
        }
    }

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    /**
     * The score {@link #align} gives, to the last bit, without building pairs, matches or word lists: the
     * screener works this out for every candidate and builds the {@link Comparison} only for those that pass.
     * Same pairs in the same order, same stable sort, same greedy pick, same sums in the same order.
     */
    public static double scoreOf(List<Token> q, List<Token> l, double[] wq, double[] wl, double omission) {
        if (q.isEmpty() || l.isEmpty()) {
            return 0;
        }
        int nq = wq.length;
        int nl = wl.length;
        Work w = WORK.get();
        w.ensure(nq * nl + nq * Math.max(0, nl - 1) + nl * Math.max(0, nq - 1), nq, nl);
        int[] pq = w.q;
        int[] pq2 = w.q2;
        int[] pl = w.l;
        int[] pl2 = w.l2;
        double[] psim = w.sim;
        double[] pvalue = w.value;
        int n = 0;
        for (int i = 0; i < nq; i++) {
            Token a = q.get(i);
            for (int j = 0; j < nl; j++) {
                double s = TokenSimilarity.similarity(a, l.get(j));
                if (s != TokenSimilarity.NO_MATCH) {
                    pq[n] = i;
                    pq2[n] = -1;
                    pl[n] = j;
                    pl2[n] = -1;
                    psim[n] = s;
                    pvalue[n] = s * (wq[i] + wl[j]);
                    n++;
                }
            }
        }
        // The cheap refusal of TokenSimilarity.merged (lengths within one, same first letter), on ints.
        int[] lenQ = w.lenQ;
        int[] firstQ = w.firstQ;
        int[] lenL = w.lenL;
        int[] firstL = w.firstL;
        for (int i = 0; i < nq; i++) {
            String t = q.get(i).joinable();
            lenQ[i] = t.length();
            firstQ[i] = t.isEmpty() ? -1 : t.charAt(0);
        }
        for (int j = 0; j < nl; j++) {
            String t = l.get(j).joinable();
            lenL[j] = t.length();
            firstL[j] = t.isEmpty() ? -2 : t.charAt(0);
        }
        for (int i = 0; i < nq; i++) {
            for (int j = 0; j + 1 < nl; j++) {
                if (firstQ[i] != firstL[j] || Math.abs(lenQ[i] - lenL[j] - lenL[j + 1]) > 1) {
                    continue;
                }
                double s = TokenSimilarity.mergedSimilarity(q.get(i), l.get(j), l.get(j + 1));
                if (s != TokenSimilarity.NO_MATCH) {
                    pq[n] = i;
                    pq2[n] = -1;
                    pl[n] = j;
                    pl2[n] = j + 1;
                    psim[n] = s;
                    pvalue[n] = s * (wq[i] + wl[j] + wl[j + 1]);
                    n++;
                }
            }
        }
        for (int j = 0; j < nl; j++) {
            for (int i = 0; i + 1 < nq; i++) {
                if (firstL[j] != firstQ[i] || Math.abs(lenL[j] - lenQ[i] - lenQ[i + 1]) > 1) {
                    continue;
                }
                double s = TokenSimilarity.mergedSimilarity(l.get(j), q.get(i), q.get(i + 1));
                if (s != TokenSimilarity.NO_MATCH) {
                    pq[n] = i;
                    pq2[n] = i + 1;
                    pl[n] = j;
                    pl2[n] = -1;
                    psim[n] = s;
                    pvalue[n] = s * (wq[i] + wq[i + 1] + wl[j]);
                    n++;
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        w.qt = q;
        w.lt = l;
        // Stable insertion sort: the order List.sort gives with the same comparator.
        int[] order = w.order;
        for (int k = 0; k < n; k++) {
            int p = k;
            int at = k;
            while (at > 0 && w.compare(order[at - 1], p) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = p;
        }
        w.qt = null;
        w.lt = null;
        boolean[] usedQ = w.usedQ;
        boolean[] usedL = w.usedL;
        java.util.Arrays.fill(usedQ, 0, nq, false);
        java.util.Arrays.fill(usedL, 0, nl, false);
        double num = 0;
        double matched = 0;
        double leftQ = 0;
        double leftL = 0;
        double initialLeft = 0;
        for (int k = 0; k < n; k++) {
            int p = order[k];
            int i = pq[p];
            int i2 = pq2[p];
            int j = pl[p];
            int j2 = pl2[p];
            if (usedQ[i] || usedL[j] || (i2 >= 0 && usedQ[i2]) || (j2 >= 0 && usedL[j2])) {
                continue;
            }
            usedQ[i] = true;
            usedL[j] = true;
            if (i2 >= 0) {
                usedQ[i2] = true;
            }
            if (j2 >= 0) {
                usedL[j2] = true;
            }
            double weight = wq[i] + wl[j] + (i2 >= 0 ? wq[i2] : 0) + (j2 >= 0 ? wl[j2] : 0);
            if (i2 < 0 && j2 < 0 && q.get(i).initial() != l.get(j).initial()) {
                // An initial vouches only for its own weight (as in score()).
                double low = Math.min(wq[i], wl[j]);
                initialLeft += wq[i] - low + wl[j] - low;
                weight = 2 * low;
            }
            num += psim[p] * weight;
            matched += weight;
        }
        for (int i = 0; i < nq; i++) {
            if (!usedQ[i]) {
                leftQ += wq[i];
            }
        }
        for (int j = 0; j < nl; j++) {
            if (!usedL[j]) {
                leftL += wl[j];
            }
        }
        double score = matched == 0 ? 0
                : num / (matched + penalty(leftQ, leftL, omission) + INITIAL_REMAINDER * initialLeft);
        return Math.min(1.0, score);
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
        double initialLeft = 0;
        for (Pair p : chosen) {
            double w = wq[p.q] + wl[p.l] + (p.q2 >= 0 ? wq[p.q2] : 0) + (p.l2 >= 0 ? wl[p.l2] : 0);
            if (p.match.kind() == MatchKind.INITIAL) {
                // An initial vouches only for its own weight: the rest of the full word stays unexplained,
                // charged as a word written short (INITIAL_REMAINDER), not as a word left out.
                double low = Math.min(wq[p.q], wl[p.l]);
                initialLeft += wq[p.q] - low + wl[p.l] - low;
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
        double score = matched == 0 ? 0
                : num / (matched + penalty(leftQ, leftL, omission) + INITIAL_REMAINDER * initialLeft);
        return new Comparison(Math.min(1.0, score), matches, restQ, restL);
    }
}
