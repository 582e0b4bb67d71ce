package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one-line answer in English, Japanese and Korean, and the language an Accept-Language header or --lang names. */
class AnswerTextTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private Determination determine(String from, String to, String item, String day) {
        return engine.determine(ExportRequest.of(from, to, item, LocalDate.parse(day)));
    }

    @Test
    void englishIsTheSummaryAsItStands() {
        Determination d = determine("KR", "JP", "3C002", "2019-09-19");
        assertThat(AnswerText.summary(d, Locale.ENGLISH)).isEqualTo(d.summary());
        assertThat(AnswerText.summary(d, Locale.FRENCH)).isEqualTo(d.summary());
    }

    @Test
    void japaneseNamesTheRouteInItsLegalWordingBesideTheCode() {
        Determination d = determine("KR", "JP", "3C002", "2019-09-19");
        String ja = AnswerText.summary(d, Locale.JAPANESE);
        assertThat(ja).startsWith("許可が必要：").contains("個別許可（INDIVIDUAL）", "審査 15 日", "KR", "2019-09-19")
                .doesNotContain("Licence required");
        Determination bulk = determine("JP", "US", "3C002", "2020-01-01");
        assertThat(AnswerText.summary(bulk, Locale.JAPANESE)).contains("一般包括許可（GENERAL_BULK）");
    }

    @Test
    void koreanNamesTheRouteInItsLegalWording() {
        Determination d = determine("KR", "JP", "3C002", "2019-09-19");
        String ko = AnswerText.summary(d, Locale.KOREAN);
        assertThat(ko).startsWith("허가 필요: ").contains("개별허가 (INDIVIDUAL)", "심사 15일", " (KR, 2019-09-19 기준, 신뢰도: ");
    }

    @Test
    void aProhibitionAndNoLicenceAreWordedToo() {
        assertThat(AnswerText.summary(determine("JP", "KP", "2B001", "2024-05-01"), Locale.JAPANESE)).startsWith("禁止：");
        assertThat(AnswerText.summary(determine("JP", "US", null, "2024-05-01"), Locale.KOREAN)).startsWith("허가 불필요");
    }

    @Test
    void theLanguageIsTheFirstKnownOneTheHeaderNames() {
        assertThat(AnswerText.language("ja-JP,ja;q=0.9,en;q=0.8")).isEqualTo(Locale.JAPANESE);
        assertThat(AnswerText.language("fr-FR, ko;q=0.5")).isEqualTo(Locale.KOREAN);
        assertThat(AnswerText.language("de")).isEqualTo(Locale.ENGLISH);
        assertThat(AnswerText.language(null)).isEqualTo(Locale.ENGLISH);
        assertThat(AnswerText.language("*")).isEqualTo(Locale.ENGLISH);
    }
}
