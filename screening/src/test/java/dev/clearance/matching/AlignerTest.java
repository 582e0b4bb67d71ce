package dev.clearance.matching;

import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.TokenSimilarity;
import dev.clearance.matching.score.Aligner;
import dev.clearance.matching.score.TokenWeights;
import dev.clearance.evaluation.AlertBenchmark;
import dev.clearance.evaluation.Evaluation;
import dev.clearance.evaluation.SharedScreeners;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation-free scoring path gives, to the last bit, the score of the full alignment. */
class AlignerTest {
    @Test
    void scoreOfEqualsTheAlignmentScoreOnUnNamesAndTreatedQueries() throws Exception {
        Path data = Evaluation.sharedData();
        Assumptions.assumeTrue(Evaluation.available(data), "../shared/data/bench absent: skipping");
        List<NormalisedName> listed = new ArrayList<>();
        for (ListEntry e : SharedScreeners.un().entries()) {
            for (ListEntry.Name n : e.names()) {
                listed.add(Normaliser.normalise(n.value()));
            }
        }
        List<Query> queries = AlertBenchmark.people(List.of(data.resolve("bench/yente/positives_un_treated.csv")));
        List<String> differences = new ArrayList<>();
        int matchedTokens = 0;
        for (int k = 0; k < queries.size(); k += 4) {
            NormalisedName q = Normaliser.normalise(queries.get(k).name());
            double[] wq = Aligner.weigh(q.tokens(), TokenWeights::base);
            for (NormalisedName l : listed) {
                double[] wl = Aligner.weigh(l.tokens(), TokenWeights::base);
                for (double omission : new double[] {Aligner.OMISSION, Aligner.ORGANISATION_OMISSION}) {
                    double full = Aligner.align(q.tokens(), l.tokens(), wq, wl, omission).score();
                    double fast = Aligner.scoreOf(q.tokens(), l.tokens(), wq, wl, omission);
                    if (Double.doubleToLongBits(full) != Double.doubleToLongBits(fast)) {
                        differences.add(q.text() + " / " + l.text() + ": " + full + " vs " + fast);
                    }
                }
                for (Token a : q.tokens()) {
                    for (Token b : l.tokens()) {
                        TokenMatch m = TokenSimilarity.compare(a, b);
                        double s = TokenSimilarity.similarity(a, b);
                        if (m == null ? s != TokenSimilarity.NO_MATCH : m.similarity() != s) {
                            differences.add(a + " / " + b + ": " + m + " vs " + s);
                        }
                        if (m != null) {
                            matchedTokens++;
                            if ((m.kind() == MatchKind.INITIAL) != (a.initial() != b.initial())) {
                                differences.add(a + " / " + b + ": kind " + m.kind());
                            }
                        }
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(matchedTokens).isGreaterThan(1000);
    }
}
