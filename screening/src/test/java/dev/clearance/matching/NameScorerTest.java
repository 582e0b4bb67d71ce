package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NameScorerTest {
    private final NameScorer scorer = new NameScorer();

    @Test
    void scoresMeanSomething() {
        assertThat(scorer.score("Olaf Scholz", "Olaf Scholz", "Person")).isEqualTo(1.0);
        assertThat(scorer.score("Olaf Scholze", "Olaf Scholz", "Person")).isGreaterThan(0.9);
        double omission = scorer.score("Sergey Lavrov", "Sergey Viktorovich Lavrov", "Person");
        double contradiction = scorer.score("Sergey Ivanovich Lavrov", "Sergey Viktorovich Lavrov", "Person");
        assertThat(omission).isGreaterThan(NameScorer.DEFAULT_THRESHOLD).isGreaterThan(contradiction);
        assertThat(contradiction).isLessThan(NameScorer.DEFAULT_THRESHOLD);
        assertThat(scorer.score("Angela Merkel", "Olaf Scholz", "Person")).isZero();
    }

    @Test
    void companyOmissionsCostMoreThanPersonOmissions() {
        assertThat(scorer.score("Deutsche Bank", "Deutsche Bank Trust", "Company"))
                .isLessThan(scorer.score("Deutsche Bank", "Deutsche Bank Trust", "Person"));
    }

    @Test
    void explainsThePair() {
        Explanation x = scorer.explain("OAO Gazprom", "Gasprom JSC", "Company");
        assertThat(x.tokens()).extracting(TokenMatch::kind).contains(MatchKind.LEGAL_FORM, MatchKind.EDITS);
    }

    @Property(tries = 300)
    void scoresAreBoundedAndSymmetric(@ForAll("names") String a, @ForAll("names") String b) {
        double ab = scorer.score(a, b, "Person");
        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(scorer.score(b, a, "Person")).isCloseTo(ab, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Property(tries = 300)
    void wordOrderIsIrrelevant(@ForAll("words") @Size(min = 1, max = 5) List<String> words,
                               @ForAll("names") String other, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(words);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(scorer.score(String.join(" ", shuffled), other, "Person"))
                .isCloseTo(scorer.score(String.join(" ", words), other, "Person"), org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Words with distinct first letters, so no two can merge into a third by accident of adjacency. */
    private static final String[] WORDS = {"anna", "boris", "carla", "dmitri", "elena", "fyodor", "gleb", "hasan",
        "igor", "juan", "annа", "borys", "karla", "dmitry", "helena"};

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.of(WORDS).list().uniqueElements();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(WORDS).list().uniqueElements().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    }
}
