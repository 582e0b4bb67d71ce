package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evaluation built by rule from the corpus (see {@link Evaluation}), run with Lucene and with the keyword
 * baseline in the same run: right ECCN in the top 3 for at least 90 % of the positives, at least 90 % of the
 * negatives answered NOT_LISTED or CHECK, and no confident wrong answer on a negative.
 */
class ClassificationEvaluationTest {
    @Test
    void luceneReachesTheTargetsAndIsReportedWithTheBaseline() {
        Classifier lucene = Classifier.bundled();
        Classifier keyword = lucene.with(new KeywordRanker(lucene.corpus()));
        List<Evaluation.Case> cases = Evaluation.cases(lucene.corpus(), TermTable.bundled(), 3);
        Map<String, Long> groups = cases.stream().collect(Collectors.groupingBy(Evaluation.Case::group, Collectors.counting()));
        assertThat(groups).containsKeys("english", "english+parameters", "negative", "cas", "chemical name", "japanese", "korean");
        List<Evaluation.Figures> l = Evaluation.run(lucene, cases);
        List<Evaluation.Figures> k = Evaluation.run(keyword, cases);
        for (int i = 0; i < l.size(); i++) {
            System.out.printf("%-20s %5d cases | lucene top3 %5.1f%% not-listed/CHECK %5.1f%% (not listed %d) confident-wrong %d"
                            + " | keyword top3 %5.1f%% not-listed/CHECK %5.1f%% (not listed %d) confident-wrong %d%n",
                    l.get(i).group(), l.get(i).cases(), 100 * l.get(i).top3Share(), 100 * l.get(i).negativeShare(),
                    l.get(i).notListed(), l.get(i).confidentWrong(), 100 * k.get(i).top3Share(),
                    100 * k.get(i).negativeShare(), k.get(i).notListed(), k.get(i).confidentWrong());
        }
        int positives = 0;
        int top3 = 0;
        for (Evaluation.Figures f : l) {
            if (f.group().equals("negative")) {
                assertThat(f.negativeShare()).as("negatives answered NOT_LISTED or CHECK").isGreaterThanOrEqualTo(0.9);
                assertThat(f.confidentWrong()).as("negatives answered LISTED").isLessThanOrEqualTo(f.cases() / 10);
            } else {
                positives += f.cases();
                top3 += f.top3();
            }
        }
        System.out.printf("lucene positives top3: %d/%d = %.1f%%%n", top3, positives, 100.0 * top3 / positives);
        assertThat((double) top3 / positives).as("right ECCN in the top 3").isGreaterThanOrEqualTo(0.9);
    }
}
