package dev.clearance.matching;

import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.TokenSimilarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of word similarity that need no list behind them. */
class TokenSimilarityTest {
    private static TokenMatch compare(String a, String b) {
        return TokenSimilarity.compare(Normaliser.normalise(a).tokens().get(0), Normaliser.normalise(b).tokens().get(0));
    }

    @Test
    void wordsThatSoundAlikeHaveAsManySyllables() {
        assertThat(TokenSimilarity.syllables("marissa")).isEqualTo(3);
        assertThat(TokenSimilarity.syllables("moroz")).isEqualTo(2);
        // A final e after a consonant is silent: Michelle is as many syllables as Michel.
        assertThat(TokenSimilarity.syllables("michelle")).isEqualTo(TokenSimilarity.syllables("michel"));
        assertThat(TokenSimilarity.syllables("schulze")).isEqualTo(TokenSimilarity.syllables("scholz"));
        // The consonant code alone pairs these; their syllables do not.
        assertThat(compare("Marissa", "Moroz")).isNull();
        assertThat(compare("Tanaka", "Tong")).isNull();
        assertThat(compare("Mark", "Marco")).matches(m -> m == null || m.kind() != MatchKind.PHONETIC);
        // Sound-alikes of as many syllables still meet.
        assertThat(compare("Derrick", "Derek")).isNotNull();
        assertThat(compare("Michel", "Michelle")).isNotNull();
        assertThat(TokenSimilarity.similarity(Normaliser.normalise("Marissa").tokens().get(0),
                Normaliser.normalise("Moroz").tokens().get(0))).isEqualTo(TokenSimilarity.NO_MATCH);
    }
}
