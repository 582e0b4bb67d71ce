package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.score.Aligner;
import dev.clearance.matching.score.Comparison;
import dev.clearance.matching.score.Coverage;
import dev.clearance.matching.score.PairRules;
import dev.clearance.matching.score.TokenWeights;

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
        Explanation best = null;
        for (String x : alternatives(name1)) {
            for (String y : alternatives(name2)) {
                Explanation e = explainOne(x, y, schema);
                if (best == null || e.score() > best.score()) {
                    best = e;
                }
            }
        }
        return best;
    }

    /**
     * The names a name written "X/Y" stands for, as lists write a name and its other name ("Al-Qa'ida/Islamic
     * Army"): the whole and each part, when every part has a word of three letters or more ("A/S" is one name).
     */
    static java.util.List<String> alternatives(String name) {
        if (name == null || name.indexOf('/') < 0) {
            return java.util.List.of(name);
        }
        String[] parts = name.split("/");
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(name);
        for (String p : parts) {
            if (!WORD.matcher(p).find()) {
                return java.util.List.of(name);
            }
            out.add(p.strip());
        }
        return out;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{3,}");

    private Explanation explainOne(String name1, String name2, String schema) {
        NormalisedName a = Normaliser.normalise(name1);
        NormalisedName b = Normaliser.normalise(name2);
        boolean organisation = omission(schema) == Aligner.ORGANISATION_OMISSION;
        java.util.List<String> acronyms = new java.util.ArrayList<>();
        java.util.List<Token> fa = PairRules.misspeltForms(a.tokens());
        java.util.List<Token> fb = PairRules.misspeltForms(b.tokens());
        java.util.List<Token> ja = PairRules.joined(fa, fb);
        java.util.List<Token> jb = PairRules.joined(fb, ja);
        java.util.List<Token> ta = PairRules.acronyms(ja, jb, organisation, acronyms);
        java.util.List<Token> tb = PairRules.acronyms(jb, ta, organisation, acronyms);
        TokenWeights weights = PairRules.weights(organisation, ta, tb);
        Comparison c = Aligner.align(ta, tb, Aligner.weigh(ta, weights), Aligner.weigh(tb, weights),
                omission(schema), PairRules.leftovers(organisation));
        double coverage = Coverage.factor(ta, tb, null, "person".equalsIgnoreCase(schema));
        java.util.List<Explanation.Qualifier> notes = new java.util.ArrayList<>();
        if (coverage < 1) {
            notes.add(Coverage.note(ta, tb, coverage));
        }
        String subsidiary = organisation ? PairRules.countryOnOneSide(c) : null;
        if (subsidiary != null) {
            coverage *= PairRules.SUBSIDIARY;
            notes.add(new Explanation.Qualifier("country", Explanation.Qualifier.Effect.MISMATCH,
                    "only one name says " + subsidiary + ": a national subsidiary, x" + PairRules.SUBSIDIARY));
        }
        String conflict = PairRules.conflict(ta, tb, c, organisation);
        if (conflict != null) {
            double factor = conflict.startsWith("series") ? PairRules.SERIES_CONFLICT : PairRules.CONFLICT;
            coverage *= factor;
            notes.add(new Explanation.Qualifier("contradiction", Explanation.Qualifier.Effect.MISMATCH,
                    conflict + ", x" + factor));
        }
        for (String expanded : acronyms) {
            notes.add(new Explanation.Qualifier("acronym", Explanation.Qualifier.Effect.MATCH, expanded));
        }
        return new Explanation(c.score() * coverage, c.score(), c.matches(), c.unmatchedQuery(), c.unmatchedListed(), notes);
    }
}
