package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.BookImpact;
import dev.clearance.impact.CountryTimeline;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.ImpactTotals;
import dev.clearance.impact.LineChange;
import dev.clearance.impact.OfficeWorkload;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.impact.WorkloadSettings;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The report catalogues: every key in English, Japanese and Korean with the same placeholders, and the four report
 * pages in Japanese and Korean without an English message of the catalogue or a run of English words outside the
 * parts marked as recorded ({@code lang="en"}) or as names ({@code translate="no"}).
 */
class ReportTextTest {
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[a-z]{3,}\\s[a-z]{3,}\\b");

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        Properties en = ReportWording.catalogue("");
        assertThat(en).isNotEmpty();
        for (String lang : List.of("_ja", "_ko")) {
            Properties other = ReportWording.catalogue(lang);
            assertThat(other.stringPropertyNames()).as(lang + " keys").isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(other.getProperty(key))).as(lang + " " + key)
                        .isEqualTo(placeholders(en.getProperty(key)));
                assertThat(other.getProperty(key)).as(lang + " " + key + " is worded, not blank").isNotBlank();
            }
        }
    }

    @Test
    void anUnknownLanguageGetsEnglish() {
        assertThat(ReportText.of(Locale.FRENCH).language()).isEqualTo("en");
        assertThat(ReportText.of(Locale.JAPANESE).text("imp.title", "a", "b")).isEqualTo("影響分析：a → b");
        assertThat(ReportText.english().text("imp.title", "a", "b")).isEqualTo("Impact: a → b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "ko"})
    void thePagesSpeakTheLanguage(String lang) throws IOException {
        ReportText w = ReportText.of(Locale.forLanguageTag(lang));
        List<String> english = ReportWording.englishPieces(lang, ReportWording.A_WORD);
        for (String html : pages(w)) {
            assertThat(html).contains("<html lang=\"" + lang + "\">");
            String shown = shownText(html);
            for (String message : english) {
                assertThat(shown).as(lang + " page holds English '" + message + "'").doesNotContain(message);
            }
            Matcher m = ENGLISH_PHRASE.matcher(shown);
            assertThat(m.find() ? m.group() : null).as(lang + " page: an English phrase in " + shown).isNull();
        }
    }

    @Test
    void theEnglishPagesKeepTheirWording() throws IOException {
        List<String> pages = pages(ReportText.english());
        assertThat(pages.get(0)).contains("<html lang=\"en\">", "Changed lines by destination", "First changed lines");
        assertThat(pages.get(1)).contains("South Korea (KR) in the JP regime");
        assertThat(pages.get(2)).contains("How each treats the other", "unlisted good, WMD end use");
        assertThat(pages.get(3)).contains("months to clear it", "Officer minutes per application are assumptions");
    }

    /** The impact, timeline, comparison and workload pages, with content in every section. */
    private static List<String> pages(ReportText w) throws IOException {
        DeterminationEngine engine = DeterminationEngine.bundled();
        BookImpact impact = new BookImpact(new ImpactSide("2019-08-27", engine, LocalDate.parse("2019-08-27")),
                new ImpactSide("2019-08-28", engine, LocalDate.parse("2019-08-28")));
        List<LineChange> changes = new ArrayList<>();
        ImpactTotals totals = impact.run("o.csv", new StringReader("id,from,to,item,date,end_use\n"
                + "a,JP,KR,2B001,2019-08-01,civil\nb,JP,KR,3C002,2019-08-01,civil\n"), changes::add);
        assertThat(changes).isNotEmpty();
        Regimes r = RegimeData.bundled();
        String workloadCsv = "id,from,to,item,date,consignee\nA,KR,JP,3C002,2019-09-20,Sony\n"
                + "C,KR,JP,3C002,2019-10-21,Sony\n";
        var workload = new OfficeWorkload(new ImpactSide("2019-09-17", engine, LocalDate.of(2019, 9, 17)),
                new ImpactSide("2019-09-18", engine, LocalDate.of(2019, 9, 18)),
                new WorkloadSettings(Map.of(), 480, 21, 2, null, null)).run("b.csv", new StringReader(workloadCsv), p -> { });
        return List.of(ImpactReportPage.render(totals, "2019-08-27", "2019-08-28", changes, w),
                TimelinePage.render(CountryTimeline.of(r.require("JP"), "KR", LocalDate.parse("2024-06-30")), w),
                ComparisonPage.render(RegimeComparison.of(engine, r.require("JP"), r.require("KR"),
                        LocalDate.parse("2020-01-01")), w),
                WorkloadReportPage.render(workload, w));
    }

    /** The page's text without markup, style and the parts marked recorded (lang="en") or names (translate="no"). */
    private static String shownText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("(?s)<span (lang=\"en\"|translate=\"no\")>.*?</span>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private static Set<String> placeholders(String text) {
        return ReportWording.PLACEHOLDER.matcher(text).results().map(m -> m.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
