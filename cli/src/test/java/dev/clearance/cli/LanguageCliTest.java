package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.report.ReportWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang ja|ko|en}: the one-line answer and the trace's effects in that language (codes, names and the data's
 * own texts as recorded; English exactly as the engine writes it); the report pages
 * (compare, timeline, impact, workload) in that language, no English words of the report catalogue left on them.
 */
class LanguageCliTest {
    @TempDir Path dir;

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
        // the trace's effects too: Korea's Ga-2 step worded, the group code as recorded
        assertThat(en.out()).contains("destination JP: Japan is in Ga-2");
        assertThat(ja.out()).doesNotContain("Japan is in Ga-2").contains("Ga-2");
        assertThat(ko.out()).doesNotContain("Japan is in Ga-2").contains("Ga-2");
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

    @Test
    void theReportPagesAreWrittenInTheLanguageAsked() throws IOException {
        Path book = dir.resolve("book.csv");
        Files.writeString(book, "id,from,to,item,date,consignee\n1,KR,JP,3C002,2019-09-20,Sony\n2,JP,KR,2B001,2019-08-01,Acme\n");
        for (String lang : List.of("ja", "ko")) {
            // this check looks for phrases: two lower-case words in eight characters or more
            List<String> english = ReportWording.englishPieces(lang,
                    p -> p.length() >= 8 && p.matches(".*[a-z]{3,} [a-z]{3,}.*"));
            assertThat(english).isNotEmpty();
            CliRun compare = CliRun.of("regimes", "compare", "JP", "KR", "--date", "2020-01-01", "--html", "--lang", lang);
            assertPage(lang, "compare", compare.status(), compare.out(), english);
            CliRun timeline = CliRun.of("timeline", "KR", "--regime", "JP", "--to", "2024-01-01", "--html", "--lang", lang);
            assertPage(lang, "timeline", timeline.status(), timeline.out(), english);
            Path impact = dir.resolve("impact-" + lang + ".html");
            CliRun i = CliRun.of("impact", "--orders", book.toString(), "--before", "2019-08-27", "--after", "2019-08-28",
                    "--report", impact.toString(), "--lang", lang);
            assertPage(lang, "impact", i.status(), Files.readString(impact), english);
            Path workload = dir.resolve("workload-" + lang + ".html");
            CliRun w = CliRun.of("workload", "--orders", book.toString(), "--before", "2019-08-27", "--after",
                    "2019-09-19", "--report", workload.toString(), "--lang", lang);
            assertPage(lang, "workload", w.status(), Files.readString(workload), english);
        }
        CliRun bad = CliRun.of("timeline", "KR", "--regime", "JP", "--html", "--lang", "fr");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--lang").contains("en, ja or ko").doesNotContain("Exception");
    }

    private static void assertPage(String lang, String page, int status, String written, List<String> english) {
        assertThat(status).as(page).isZero();
        assertThat(written).as(page + " in " + lang).contains("<html lang=\"" + lang + "\"");
        // the regime data's own texts and codes are recorded as they are, marked lang="en" or translate="no"
        String html = written.replaceAll("<(\\w+)[^>]*(lang=\"en\"|translate=\"no\")[^>]*>[^<]*</\\1>", "");
        for (String piece : english) {
            int at = html.indexOf(piece);
            assertThat(at).as(page + " in " + lang + " holds the English '" + piece + "': "
                    + (at < 0 ? "" : html.substring(Math.max(0, at - 300), Math.min(html.length(), at + 100)))).isNegative();
        }
    }
}
