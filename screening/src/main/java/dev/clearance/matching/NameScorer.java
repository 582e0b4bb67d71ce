package dev.clearance.matching;

/**
 * Scores a pair of names without a list behind them (no IDF): for comparing two records, and for
 * the labelled-pair benchmark. Thread-safe.
 */
public final class NameScorer {
    /** The threshold at which a pair score is read as "same party"; see {@link Screener#DEFAULT_THRESHOLD}. */
    public static final double DEFAULT_THRESHOLD = Screener.DEFAULT_THRESHOLD;

    /**
     * How alike two names are, 0..1: 1 for the same name, about 0.9 for one typo, lower for a missing
     * word and lower still for a different word. Symmetric.
     *
     * @param schema the kind of party: {@code Person}, {@code Organization}, {@code Company},
     *               {@code LegalEntity}, {@code Vessel}, or empty when unknown
     */
    public double score(String name1, String name2, String schema) {
        return explain(name1, name2, schema).score();
    }

    static double omission(String schema) {
        if (schema == null) {
            return Aligner.OMISSION;
        }
        return switch (schema.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "company", "organization", "organisation", "legalentity", "vessel", "airplane", "aircraft" ->
                    Aligner.ORGANISATION_OMISSION;
            default -> Aligner.OMISSION;
        };
    }

    /** The score with the token alignment behind it. */
    public Explanation explain(String name1, String name2, String schema) {
        NormalisedName a = Normaliser.normalise(name1);
        NormalisedName b = Normaliser.normalise(name2);
        Comparison c = Aligner.align(a.tokens(), b.tokens(), TokenWeights::base, omission(schema));
        double coverage = Coverage.factor(a.tokens(), b.tokens(), null, "person".equalsIgnoreCase(schema));
        java.util.List<Explanation.Qualifier> notes = coverage < 1
                ? java.util.List.of(Coverage.note(a.tokens(), b.tokens(), coverage)) : java.util.List.of();
        return new Explanation(c.score() * coverage, c.score(), c.matches(), c.unmatchedQuery(), c.unmatchedListed(), notes);
    }
}
