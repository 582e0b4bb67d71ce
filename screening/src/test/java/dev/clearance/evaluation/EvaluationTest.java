package dev.clearance.evaluation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shared benchmarks and holds the figures measured when this was written (floors sit
 * slightly below them, so a regression fails and noise does not).
 */
class EvaluationTest {
    private static Evaluation.Figures figures;

    @BeforeAll
    static void run() throws Exception {
        Path data = Evaluation.sharedData();
        if (Evaluation.available(data)) {
            figures = Evaluation.run(data, SharedScreeners.un(), SharedScreeners.every());
            System.out.println(figures.render());
        }
    }

    /** Each test, not the class, is skipped, so reports count and name the skipped tests. */
    @BeforeEach
    void needsTheSharedData() {
        Assumptions.assumeTrue(figures != null, "../shared/data/bench absent: skipping");
    }

    @Test
    void labelledPairsBeatTheLogicV2Baseline() {
        // Measured F1 0.905 at the default threshold 0.78 (0.851 before issue 10, 0.853 before the pair rules of
        // PairRules); issue 10's target 0.90; logic-v2 0.787 on the same pairs. Issue 19: 0.906 -> 0.911 (a series
        // numeral in one organisation name only, sound-alikes of as many syllables); its target 0.92 is open.
        assertThat(figures.pairs().f1()).isGreaterThanOrEqualTo(0.908);
        assertThat(figures.pairs().f1()).isGreaterThan(figures.baseline().f1() + 0.05);
        assertThat(figures.pairsBest().f1()).isGreaterThanOrEqualTo(figures.pairs().f1());
    }

    @Test
    void unPositivesRaiseAlerts() {
        // Measured 99.71% untreated and 99.27% treated (issue 10's targets: 99.5% and 99%; 98.98% treated while a
        // letter typed twice in a Korean given name, "Hwaan", read as another syllable).
        assertThat(figures.untreated().share()).isGreaterThanOrEqualTo(0.995);
        assertThat(figures.treated().share()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void negativesRarelyRaiseAlerts() {
        // Measured 0.04% with dates of birth (0.38% before issue 10; target at most 0.2%); 0.03% (35) after issue
        // 19's sound-alikes of as many syllables.
        assertThat(figures.negatives().people()).isEqualTo(100_000);
        assertThat(figures.negatives().share()).isLessThan(0.0006);
    }

    @Test
    void negativesByNameAndTypeOnlyRarelyRaiseAlerts() {
        // Measured 0.41% (3.25% before issue 10: one-word weak aliases, CJK romanisations, two-letter skeletons,
        // cheap omitted words); target at most 0.5%. Issue 19: 0.36% (363) -> 0.304% (304): Chinese and Japanese
        // given names read by syllable, sound-alikes need as many syllables ("Marissa" is not "Moroz"); its target
        // 0.3% is four alerts away. Term weights per list (ListStatistics): 0.305% (305), the target still open.
        assertThat(figures.negativesByName().people()).isEqualTo(100_000);
        assertThat(figures.negativesByName().share()).isLessThan(0.0032);
    }

    @Test
    void everyNomenklaturaGroupIsReported() {
        assertThat(figures.groups()).containsKeys("nk_checks", "nk_unit_tests", "synth_companies", "synth_people");
        assertThat(figures.groups().get("synth_people").f1()).isGreaterThan(figures.groupsBaseline().get("synth_people").f1());
        assertThat(figures.groups().get("synth_companies").f1()).isGreaterThan(0.85);
    }
}
