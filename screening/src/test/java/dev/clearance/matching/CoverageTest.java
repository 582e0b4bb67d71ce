package dev.clearance.matching;

import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.score.Coverage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {
    private static double patronymic(String q, String l) {
        return Coverage.patronymic(Normaliser.normalise(q).tokens(), Normaliser.normalise(l).tokens());
    }

    @Test
    void aReversedPatronymicChainIsAnotherPerson() {
        assertThat(patronymic("Khalid bin Yusuf al-Harbi", "Yusuf bin Khalid al-Harbi")).isEqualTo(Coverage.REVERSED_PATRONYMIC);
        assertThat(patronymic("Khalid bin Yusuf al-Harbi", "Khalid bin Yusuf al-Harbi")).isEqualTo(1.0);
    }

    @Test
    void theParticleOfAFathersNameIsNotHisName() {
        // "bin al-Din" is the son of Din: the article is skipped on either side of "bin".
        assertThat(patronymic("Tariq bin al-Din al-Shami", "Nur al-Din bin Tariq al-Shami"))
                .isEqualTo(Coverage.REVERSED_PATRONYMIC);
        assertThat(patronymic("Tariq bin al-Din al-Shami", "Tariq bin al-Din al-Shami")).isEqualTo(1.0);
    }
}
