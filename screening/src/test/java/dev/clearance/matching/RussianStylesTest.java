package dev.clearance.matching;

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
            "Akzionernoe Obschtschestwo Sawod 70-Letija Pobedy; Акционерное Общество «Завод 70-Летия Победы»",
            "Akzionernoe Obschtschestwo Jakowlew; Акционерное Общество «Яковлев»",
            "Akzionernoe Obschtschestwo Uljanowskij Sawod; АО «Ульяновский Завод»",
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
        Token t = Normaliser.normalise("Akzionernoe Obschtschestwo Sawod").tokens().get(1);
        assertThat(t.key()).isEqualTo("zavod");
        assertThat(t.form()).isEqualTo("sawod");
        assertThat(t.surface()).isEqualTo("sawod");
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
        assertThat(RussianStyles.cyrillic("sawod", "german")).isEqualTo("завод");
        assertThat(RussianStyles.cyrillic("schmidtq", "german")).isNull();
        assertThat(RussianStyles.cyrillic("hotel", "french")).isNull();
    }

    @Test
    void aNameInCyrillicIsNotReadInAStyle() {
        // Its words' letter-for-letter forms ("c" for ц) are no style's spelling.
        assertThat(RussianStyles.styleOf(Normaliser.normalise("АО Центр Щит").tokens())).isNull();
    }
}
