package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --lang ja|ko|en}: the one-line answer in that language; the trace as its sources word it. */
class LanguageCliTest {
    @Test
    void theOneLineAnswerInJapaneseAndKorean() {
        CliRun ja = CliRun.of("determine", "--from", "KR", "--to", "JP", "--item", "3C002", "--date", "2019-09-19",
                "--lang", "ja");
        assertThat(ja.status()).isZero();
        assertThat(ja.out().split("\n")[0]).startsWith("許可が必要：個別許可（INDIVIDUAL）、審査 15 日");
        assertThat(ja.out()).contains("source:");
        CliRun ko = CliRun.of("determine", "--from", "KR", "--to", "JP", "--item", "3C002", "--date", "2019-09-19",
                "--lang", "ko");
        assertThat(ko.out().split("\n")[0]).startsWith("허가 필요: 개별허가 (INDIVIDUAL); 심사 15일");
        CliRun en = CliRun.of("determine", "--from", "KR", "--to", "JP", "--item", "3C002", "--date", "2019-09-19",
                "--lang", "en");
        assertThat(en.out().split("\n")[0]).startsWith("Licence required: INDIVIDUAL");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheOption() {
        CliRun r = CliRun.of("determine", "--from", "KR", "--to", "JP", "--item", "3C002", "--date", "2019-09-19",
                "--lang", "fr", "--json");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("lang").contains("en, ja or ko").doesNotContain("Exception");
        CliRun s = CliRun.of("screen", "--list", "ftm-json:/nonexistent", "--name", "x", "--lang", "de");
        assertThat(s.status()).isEqualTo(2);
        assertThat(s.err()).contains("--lang");
    }
}
