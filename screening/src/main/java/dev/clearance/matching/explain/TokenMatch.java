package dev.clearance.matching.explain;

/**
 * One aligned pair: query words, the listed words they matched, how, and how similar they are.
 *
 * @param query      the query word(s) as written (two words for a split)
 * @param listed     the listed word(s) as written (two words for a merge)
 * @param kind       how they matched
 * @param edits      edit count when {@code kind} is {@link MatchKind#EDITS} (or a merge with edits), else 0
 * @param similarity 0..1
 */
public record TokenMatch(String query, String listed, MatchKind kind, int edits, double similarity) {

    /** {@code query→listed KIND}, e.g. {@code mohamed→muhammad TRANSLITERATED}, {@code scholze→scholz EDITS(1)}. */
    public String render() {
        String how = kind == MatchKind.EDITS ? "EDITS(" + edits + ")" : kind.name();
        return query + "→" + listed + " " + how;
    }
}
