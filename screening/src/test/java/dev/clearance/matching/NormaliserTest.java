package dev.clearance.matching;

import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserTest {
    private static String keys(String name) {
        return Normaliser.normalise(name).keys();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'Владимир Путин', vladimir putin",
            "'Сергей Шойгу', sergey shoygu",
            "'习近平', xi jinping",
            "'김정은', kim chongun",     // the Korean fold (KoreanRomanisation)
            "'ガスプロム', gasprom",
            "'ＡＢＣ　Ｃｏｍｐａｎｙ', abc inc",
            "'Luís Montenegro', luis montenegro"})
    void transliteratesEveryScriptToAscii(String name, String expected) {
        assertThat(keys(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'OAO Gazprom', jsc gazprom",
            "'ОАО Газпром', jsc gazprom",
            "'Gazprom Joint Stock Company', gazprom jsc",
            "'ООО Ромашка', llc romashka",
            "'Romashka GmbH', romashka llc",
            "'Romashka Ltd.', romashka llc",
            "'Romashka L.L.C.', romashka llc",
            "'トヨタ株式会社', toyota jsc",
            "'삼성 주식회사', samsong jsc",
            "'Acme Corporation', acme inc"})
    void foldsLegalFormsToTags(String name, String expected) {
        assertThat(keys(name)).isEqualTo(expected);
        assertThat(Normaliser.normalise(name).tokens()).anyMatch(Token::legalForm);
    }

    @Test
    void dropsHonorificsButNotWholeNames() {
        assertThat(keys("Sheikh Mohammed bin Rashid")).isEqualTo("muhammad bin rashid");
        assertThat(keys("Dr. Haji Ahmed")).isEqualTo("ahmad");
        assertThat(keys("Sheikh")).isEqualTo("sheikh");
    }

    @Test
    void foldsRomanisationVariants() {
        assertThat(keys("Mohamed Abdel Rahman")).isEqualTo(keys("Muhammad Abdul Rahman"));
        assertThat(keys("Abd al-Rahman")).isEqualTo("abdul rahman");
    }

    @Test
    void joinsDottedLettersAndHyphenatedWordsButKeepsParticlesApart() {
        assertThat(keys("A.B.C. Trading")).isEqualTo("abc trading");
        assertThat(keys("Kim Jong-un")).isEqualTo("kim chongun"); // joined, then Korean-folded
        assertThat(keys("Nidal al-Dulaimi")).isEqualTo("nidal al dulaimi");
        assertThat(keys("Brigade Forty-Four")).isEqualTo("brigade 44");
    }

    @Test
    void blankNamesHaveNoTokens() {
        assertThat(Normaliser.normalise("  ").tokens()).isEmpty();
        assertThat(Normaliser.normalise(null).tokens()).isEmpty();
    }

    @Test
    void lettersSpellingALegalFormAreInitialsInAPersonsNameOnly() {
        for (String name : new String[] {"S. A. Al-Yusuf", "N. V. Petrov", "Petrov A. G."}) {
            assertThat(Normaliser.normalise(name, true).tokens()).as(name).noneMatch(Token::legalForm)
                    .filteredOn(Token::initial).hasSize(2);
        }
        assertThat(Normaliser.normalise("Repsol S.A.", false).tokens()).anyMatch(Token::legalForm);
        assertThat(Normaliser.normalise("Philips N.V.", false).tokens()).anyMatch(Token::legalForm);
    }
}
