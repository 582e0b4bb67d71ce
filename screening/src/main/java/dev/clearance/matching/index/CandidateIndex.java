package dev.clearance.matching.index;

import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.TokenSimilarity;
import dev.clearance.matching.score.Aligner;
import dev.clearance.matching.score.TermStatistics;
import dev.clearance.matching.score.TokenWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverted index over listed tokens (exact, deletion neighbourhoods, phonetic keys, skeletons, initials
 * and adjacent-pair merges) that finds every listed name able to reach a score, and only those.
 *
 * <p>Recall-safe by construction: a name is dropped only when an upper bound of its score is below
 * the minimum. The bound assumes every query token the index links to the name (or cannot look up
 * cheaply: initials, legal forms) is aligned with similarity 1 against the heaviest listed term it
 * links to, and charges {@link Aligner#penalty} for the weight that must remain unaligned; the score
 * only grows with aligned weight, so the true score cannot exceed it. Tokens the index does not link
 * to the name cannot align with it, because every rule of {@link TokenSimilarity} has a shared key.
 */
public final class CandidateIndex {
    /** Largest candidate-side weight one query token can align with (a merge of two tokens). */
    private static final double MAX_CAP = 2 * TokenWeights.MAX;
    /** Largest weight of a listed legal form (base weight; IDF only lowers it). */
    private static final double LEGAL_MAX = TokenWeights.LEGAL_FORM;
    /** Distinct query words (and adjacent pairs) whose lookups are remembered: about 20 MB at most. */
    public static final int DEFAULT_TOKEN_CACHE = 200_000;

    private final List<IndexedName> names;
    private final IndexTerm[] terms;
    private final KeyTable keys;
    private final ThreadLocal<Scratch> scratch;
    /**
     * Lookup results by query-token signature ({@link #lookupToken}): the deletion-neighbourhood walk
     * and the check of every term it reaches cost far more than marking postings, and names repeat
     * (given names, common family names). Bounded: once full, new words are computed and not kept.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> tokenCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final int tokenCacheLimit;
    /**
     * {@code totalLow[n]} and {@code totalHigh[n]}: the least and the most summed token weight name n may have when
     * scored (equal when its weights are known at build; apart when they depend on the list of the other name, as a
     * partner name's do), kept flat for the bound loop.
     */
    private final double[] totalLow;
    private final double[] totalHigh;
    /** {@code groupOf[n]}: which of the query's weightings name n is scored with ({@code null}: the first for all). */
    private final int[] groupOf;

    private CandidateIndex(List<IndexedName> names, IndexTerm[] terms, KeyTable keys, double[] totalLow,
                           double[] totalHigh, int[] groupOf, int tokenCacheLimit) {
        this.tokenCacheLimit = tokenCacheLimit;
        this.names = names;
        this.terms = terms;
        this.keys = keys;
        this.totalLow = totalLow;
        this.totalHigh = totalHigh;
        this.groupOf = groupOf;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(names.size(), terms.length));
    }

    /** Builds the index over normalised names; {@code entryOf.get(i)} is the entry index of name i. */
    public static CandidateIndex build(List<NormalisedName> normalised, List<Integer> entryOf) {
        return build(normalised, entryOf, DEFAULT_TOKEN_CACHE);
    }

    /** As {@link #build(List, List)}, remembering the lookups of up to {@code tokenCache} distinct query words (0: none). */
    public static CandidateIndex build(List<NormalisedName> normalised, List<Integer> entryOf, int tokenCache) {
        TokenWeights weights = TermStatistics.of(normalised);
        return build(normalised, entryOf, null, i -> weights, null, null, null, tokenCache);
    }

    /**
     * As {@link #build(List, List, int)}, with each name's published kind ({@code kinds.get(i)}; {@code null} for
     * all primary), weighing the tokens of name i with {@code weightsOf.apply(i)}, scored against the query weighed
     * as {@code groupOf[i]} says ({@code null}: one weighting for all). {@code low} and {@code high} ({@code null}:
     * the name's own weights) bound the weights a name may be scored with when they depend on the other name's list:
     * the partner index weighs a partner name as the list of each entry it meets weighs words, so that its bound and
     * its scores are those of forward screening.
     */
    public static CandidateIndex build(List<NormalisedName> normalised, List<Integer> entryOf,
                                List<dev.clearance.lists.ListEntry.Name.Kind> kinds,
                                java.util.function.IntFunction<TokenWeights> weightsOf, int[] groupOf,
                                TokenWeights low, TokenWeights high, int tokenCache) {
        double[] totalLow = new double[normalised.size()];
        double[] totalHigh = new double[normalised.size()];
        List<IndexedName> names = new ArrayList<>(normalised.size());
        Map<String, Integer> termIds = new HashMap<>();
        List<IndexTerm> terms = new ArrayList<>();
        List<IntList> postings = new ArrayList<>();
        for (int id = 0; id < normalised.size(); id++) {
            NormalisedName n = normalised.get(id);
            List<Token> tokens = n.tokens();
            // Each token weighed once: the same values, in the same order, as weighing it at every use.
            double[] w = Aligner.weigh(tokens, weightsOf.apply(id));
            // The term caps: the most a listed token may weigh in any scoring of this name.
            double[] cap = high == null ? w : Aligner.weigh(tokens, high);
            double total = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                total += w[i];
                totalHigh[id] += cap[i];
                totalLow[id] += low == null ? w[i] : low.weight(t);
                // Native-script words (Han, Hangul) match only their own characters (TokenSimilarity.bothNative):
                // 深 and 沈, both "shen", are two terms.
                String signature = "T" + t.key() + '|' + t.form() + '|' + t.abjad() + '|' + t.legalForm() + '|'
                        + t.syllable() + '|' + t.syllabic() + (t.syllabic() ? '|' + t.surface() : "");
                addPosting(termIds, terms, postings, signature, t, null, cap[i], id);
                if (i + 1 < tokens.size()) {
                    Token u = tokens.get(i + 1);
                    String joined = TokenSimilarity.joinable(t) + TokenSimilarity.joinable(u);
                    addPosting(termIds, terms, postings, "M" + joined + '|' + t.syllabic() + u.syllabic(), t, u,
                            cap[i] + cap[i + 1], id);
                }
            }
            names.add(new IndexedName(entryOf.get(id), n.text(), n, w, total,
                    kinds == null ? dev.clearance.lists.ListEntry.Name.Kind.PRIMARY : kinds.get(id)));
        }
        IndexTerm[] frozen = new IndexTerm[terms.size()];
        KeyTable keys = new KeyTable();
        Keys.Buffer buffer = new Keys.Buffer();
        for (int i = 0; i < frozen.length; i++) {
            IndexTerm t = terms.get(i);
            frozen[i] = new IndexTerm(t.token(), t.second(), t.weight(), postings.get(i).toArray());
            buffer.clear();
            termKeys(frozen[i], buffer);
            for (int k = 0, n = buffer.distinct(); k < n; k++) {
                keys.add(buffer.values[k], i);
            }
        }
        keys.freeze();
        return new CandidateIndex(List.copyOf(names), frozen, keys, totalLow, totalHigh, groupOf, tokenCache);
    }

    private static void addPosting(Map<String, Integer> termIds, List<IndexTerm> terms, List<IntList> postings,
                                   String signature, Token t, Token second, double weight, int name) {
        Integer id = termIds.get(signature);
        if (id == null) {
            id = terms.size();
            termIds.put(signature, id);
            terms.add(new IndexTerm(t, second, weight, null));
            postings.add(new IntList());
        } else if (weight > terms.get(id).weight()) {
            terms.set(id, new IndexTerm(terms.get(id).token(), terms.get(id).second(), weight, null));
        }
        postings.get(id).addUnique(name);
    }

    private static void termKeys(IndexTerm t, Keys.Buffer out) {
        if (t.merge()) {
            String joined = TokenSimilarity.joinable(t.token()) + TokenSimilarity.joinable(t.second());
            Keys.deletions(joined, 1, Keys.DELETION, out);
            return;
        }
        Keys.of(t.token(), out);
        if (t.token().initial()) {
            out.add(KeyTable.hash(Keys.INITIAL, t.token().key()));
        }
    }

    public List<IndexedName> names() {
        return names;
    }

    int keyCount() {
        return keys.size();
    }

    /** As {@link #candidates(NormalisedName, double[][], double)} with one weighting of the query for every name. */
    public int[] candidates(NormalisedName query, double[] wq, double minScore) {
        return candidates(query, new double[][] {wq}, minScore);
    }

    /**
     * Ids of the names whose score against {@code query} may reach {@code minScore}, ascending or not;
     * {@code wqByGroup[g]} the query's token weights against the names of group g (a list's statistics).
     */
    public int[] candidates(NormalisedName query, double[][] wqByGroup, double minScore) {
        List<Token> q = query.tokens();
        if (q.isEmpty()) {
            return new int[0];
        }
        Scratch s = scratch.get();
        s.reset();
        int n = Math.min(q.size(), 63);
        double[] cap = new double[q.size()];
        int groups = wqByGroup.length;
        double[] totalQ = new double[groups];
        long optimistic = 0;
        for (int i = 0; i < q.size(); i++) {
            for (int g = 0; g < groups; g++) {
                totalQ[g] += wqByGroup[g][i];
            }
            Token t = q.get(i);
            // Initials and legal forms match thousands of names: assume they match rather than walk those
            // postings. An initial aligns with at most its own weight (see Aligner), a legal form with a legal form.
            if (i >= n) {
                cap[i] = MAX_CAP;
            } else if (t.initial()) {
                // The full word an initial stands for counts as aligned here: the scorer charges its
                // unspelt rest apart (Aligner.INITIAL_REMAINDER), which this bound leaves out.
                cap[i] = TokenWeights.MAX;
                optimistic |= 1L << i;
            } else if (t.legalForm()) {
                cap[i] = LEGAL_MAX;
                optimistic |= 1L << i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!q.get(i).initial()) {
                lookupToken(q.get(i), i, cap, s);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            lookupSplit(q.get(i), q.get(i + 1), i, cap, s);
        }
        double[] extra = new double[groups];
        double extraCap = 0;
        for (int i = n; i < q.size(); i++) {
            for (int g = 0; g < groups; g++) {
                extra[g] += wqByGroup[g][i];
            }
            extraCap += cap[i];
        }
        for (int g = 0; g < groups; g++) {
            if (bound(optimistic, wqByGroup[g], cap, totalQ[g], extra[g], extraCap, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY) >= minScore) {
                // Even a name the index never linked could reach the minimum: only a full scan is safe.
                int[] all = new int[names.size()];
                Arrays.setAll(all, i -> i);
                return all;
            }
        }
        IntList out = new IntList();
        for (int k = 0; k < s.touchedCount; k++) {
            int name = s.touched[k];
            long mask = s.mask[name] | optimistic;
            int g = groupOf == null ? 0 : groupOf[name];
            if (bound(mask, wqByGroup[g], cap, totalQ[g], extra[g], extraCap, totalLow[name], totalHigh[name]) >= minScore) {
                out.add(name);
            }
        }
        return out.toArray();
    }

    /** Marks the names holding a listed term the query token can align with, and raises its cap. */
    private void lookupToken(Token t, int i, double[] cap, Scratch s) {
        String signature = t.legalForm()
                ? "L" + t.key() + '\u0001' + t.form() + '\u0001' + TokenSimilarity.joinable(t) + (t.syllable() ? "y" : "n")
                : "T" + t.key() + '\u0001' + t.form() + '\u0001' + (t.abjad() ? 'a' : '-') + (t.syllable() ? 'y' : 'n')
                        + (t.syllabic() ? 'c' + t.surface() : "-");
        int[] fitting = tokenCache.get(signature);
        if (fitting == null) {
            fitting = fittingTerms(t, s);
            remember(signature, fitting);
        }
        apply(fitting, i, 1L << i, cap, s);
    }

    /** Marks the names holding a listed word that two adjacent query tokens, written together, can align with. */
    private void lookupSplit(Token a, Token b, int i, double[] cap, Scratch s) {
        String signature = "S" + TokenSimilarity.joinable(a) + '\u0001' + TokenSimilarity.joinable(b)
                + (a.syllable() ? 'y' : 'n') + (b.syllable() ? 'y' : 'n') + (a.syllabic() ? 'c' : '-')
                + (b.syllabic() ? 'c' : '-');
        int[] fitting = tokenCache.get(signature);
        if (fitting == null) {
            fitting = splitTerms(a, b, s);
            remember(signature, fitting);
        }
        apply(fitting, i, (1L << i) | (1L << (i + 1)), cap, s);
    }

    private void apply(int[] fitting, int i, long bits, double[] cap, Scratch s) {
        for (int term : fitting) {
            IndexTerm it = terms[term];
            cap[i] = Math.max(cap[i], it.weight());
            s.mark(it.names(), bits);
        }
    }

    /** Remembers a lookup while the cache has room: frequent words come early and stay; rare ones are recomputed. */
    private void remember(String signature, int[] fitting) {
        if (tokenCacheLimit > 0 && tokenCache.size() < tokenCacheLimit) {
            tokenCache.putIfAbsent(signature, fitting);
        }
    }

    /** The distinct terms a query token can align with: those under its keys that {@link TokenSimilarity} accepts. */
    private int[] fittingTerms(Token t, Scratch s) {
        s.nextRound();
        Keys.Buffer ks = s.keys;
        ks.clear();
        Keys.of(t, ks);
        ks.add(KeyTable.hash(Keys.INITIAL, t.key().substring(0, 1)));
        if (!t.form().isEmpty() && t.form().charAt(0) != t.key().charAt(0)) {
            ks.add(KeyTable.hash(Keys.INITIAL, t.form().substring(0, 1))); // as TokenSimilarity.initialFits
        }
        boolean legal = t.legalForm();
        IntList out = new IntList();
        for (int k = 0, n = ks.distinct(); k < n; k++) {
            long hash = ks.values[k];
            for (int e = keys.first(hash), term; (term = keys.termAt(e, hash)) >= 0; e++) {
                if (!s.firstVisit(term)) {
                    continue;
                }
                IndexTerm it = terms[term];
                if (legal && !it.merge() && it.token().legalForm()) {
                    continue; // covered by the optimistic assumption in candidates()
                }
                boolean fits = it.merge() ? TokenSimilarity.merged(t, it.token(), it.second(), true) != null
                        : TokenSimilarity.compare(t, it.token()) != null;
                if (fits) {
                    out.add(term);
                }
            }
        }
        return out.toArray();
    }

    private int[] splitTerms(Token a, Token b, Scratch s) {
        s.nextRound();
        Keys.Buffer ks = s.keys;
        ks.clear();
        Keys.deletions(TokenSimilarity.joinable(a) + TokenSimilarity.joinable(b), 1, Keys.DELETION, ks);
        IntList out = new IntList();
        for (int k = 0, n = ks.distinct(); k < n; k++) {
            long hash = ks.values[k];
            for (int e = keys.first(hash), term; (term = keys.termAt(e, hash)) >= 0; e++) {
                IndexTerm it = terms[term];
                if (it.merge() || !s.firstVisit(term)) {
                    continue;
                }
                if (TokenSimilarity.merged(it.token(), a, b, false) != null) {
                    out.add(term);
                }
            }
        }
        return out.toArray();
    }

    /**
     * Upper bound of the score of a name with total weight between {@code totalLow} and {@code totalHigh} linked to
     * the query tokens in {@code mask}. The bound grows with the name's total up to the aligned cap and falls beyond
     * it, so the total nearest that cap within its range bounds every weighting of the name.
     */
    private static double bound(long mask, double[] wq, double[] cap, double totalQ, double extra, double extraCap,
                                double totalLow, double totalHigh) {
        double bq = extra;
        double cq = extraCap;
        for (long m = mask; m != 0; m &= m - 1) {
            int i = Long.numberOfTrailingZeros(m);
            bq += wq[i];
            cq += cap[i];
        }
        double totalL = Math.max(totalLow, Math.min(totalHigh, cq));
        double mc = Math.min(totalL, cq);
        double leftL = Double.isInfinite(totalL) ? 0 : Math.max(0, totalL - mc);
        double aligned = bq + mc;
        if (aligned <= 0) {
            return 0;
        }
        return aligned / (aligned + Aligner.penalty(Math.max(0, totalQ - bq), leftL, Aligner.OMISSION));
    }
}
