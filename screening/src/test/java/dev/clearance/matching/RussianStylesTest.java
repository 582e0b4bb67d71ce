package dev.clearance.matching;

import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.RussianStyles;
import dev.clearance.matching.normalise.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Russian company names in the German, French and GOST styles meet the same name in Cyrillic (which the normaliser
 * reads in BGN/PCGN, as the lists write their Latin names); other names are left alone.
 */
class RussianStylesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            // German (DIN 1460 / Duden)
            "Akzionernoe Obschtschestwo Mosaika 70-Letija Pobedy; Акционерное Общество «Мозаика 70-Летия Победы»",
            "Akzionernoe Obschtschestwo Jakowlew; Акционерное Общество «Яковлев»",
            "Akzionernoe Obschtschestwo Uljanowskij Pribor; АО «Ульяновский Прибор»",
            "Akzionernoe Obschtschestwo Institut Radionawigazii i Wremeni; "
                    + "Акционерное Общество «Институт Радионавигации и Времени»",
            // French
            "Aktsionernoe Obchtchestvo Oupravliaiouchtchaia Kompaniia Radiostandart; "
                    + "Акционерное Общество «Управляющая Компания «Радиостандарт»",
            "Obchtchestvo s Ogranitchennoi Otvetstvennostiou Tsentr Tekhnologii i Injiniringa; "
                    + "ООО «Центр Технологий и Инжиниринга»",
            "Aktsionernoe Obchtchestvo Soudoremontnyi Zavod Prikladnoi; АО «Судоремонтный Завод Прикладной»",
            // GOST 7.79-2000 B
            "Akcionernoe Obshhestvo Centralnyj Institut; АО «Центральный Институт»"})
    void aStyleMeetsTheCyrillicName(String written, String cyrillic) {
        assertThat(Normaliser.normalise(written).keys()).isEqualTo(Normaliser.normalise(cyrillic).keys());
    }

    @Test
    void theSoftSignDoesNotSplitAWord() {
        // BGN writes ь as a prime: "Ulʹyanovskiy" is one word, as the lists' Latin "Ulyanovskiy".
        assertThat(Normaliser.normalise("Ульяновский Исследовательский объединение").keys())
                .isEqualTo("ulyanovskiy issledovatelskiy obyedineniye");
    }

    @Test
    void theExplanationKeepsTheNameAsWritten() {
        Token t = Normaliser.normalise("Akzionernoe Obschtschestwo Uljanowskij").tokens().get(1);
        assertThat(t.key()).isEqualTo("ulyanovskiy");
        assertThat(t.form()).isEqualTo("uljanowskij");
        assertThat(t.surface()).isEqualTo("uljanowskij");
    }

    @ParameterizedTest(name = "{0} is not read")
    @CsvSource(delimiter = ';', value = {
            "Schmidt Werke GmbH", // German, but not Russian: no Russian legal form
            "Société Générale Ouest SA",
            "AO Nizhegorodskiy Zavod", // BGN already
            "Akzionernoe Obschtschestwo Ouest"}) // German and French marks alike: no one style
    void otherNamesAreLeftAlone(String name) {
        assertThat(RussianStyles.styleOf(Normaliser.normalise(name).tokens())).isNull();
    }

    @Test
    void aBgnNameKeepsItsKeys() {
        assertThat(Normaliser.normalise("AO Nizhegorodskiy Zavod").keys()).isEqualTo("jsc nizhegorodskiy zavod");
    }

    @Test
    void aWordWithALetterTheStyleDoesNotWriteIsLeftAsWritten() {
        assertThat(RussianStyles.cyrillic("mosaika", "german")).isEqualTo("мозаика");
        assertThat(RussianStyles.cyrillic("schmidtq", "german")).isNull();
        assertThat(RussianStyles.cyrillic("hotel", "french")).isNull();
    }

    @Test
    void aNameInCyrillicIsNotReadInAStyle() {
        // Its words' letter-for-letter forms ("c" for ц) are no style's spelling.
        assertThat(RussianStyles.styleOf(Normaliser.normalise("АО Центр Щит").tokens())).isNull();
    }

    @Test
    void aNameOfARussianPartyIsReadWithoutALegalForm() {
        assertThat(Normaliser.normalise("Sergej Schojgu", true).keys()).isEqualTo("sergey schojgu");
        assertThat(Normaliser.normalise("Sergej Schojgu", true, RussianStyles.russianCountry("RU")).keys())
                .isEqualTo("sergey shoygu");
        assertThat(RussianStyles.russianCountry("Ukraine")).isTrue();
        assertThat(RussianStyles.russianCountry("DE")).isFalse();
        assertThat(RussianStyles.russianCountry(null)).isFalse();
    }

    @Test
    void theScreenerReadsTheNameOfAPartyFromRussia() {
        Screener s = Screener.of(java.util.List.of(Entries.person("x:1", "Sergey Shoygu")));
        assertThat(s.screen(new Query("Sergej Schojgu", "RU", null, null), Screener.DEFAULT_THRESHOLD, 5))
                .extracting(m -> m.entry().id()).containsExactly("test:x:1");
    }
}
