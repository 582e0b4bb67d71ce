package dev.clearance.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.ApplicationRules;
import dev.clearance.regime.Measure;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeLoader;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application terms of every regime (Japan, Korea, the United States, the EU) come from its regime data: the
 * documents, the review days, the day count and the filing office are the data's, and a changed data file changes
 * the answer. No regime's answer borrows another regime's facts (Korea's Public Notice, Japan's "about 90 days").
 */
class ApplicationTermsFromDataTest {
    private static final Regimes REGIMES = RegimeData.bundled();

    private static ApplicationTerms terms(Regimes regimes, String from, String to, String item, String day,
                                          String route) {
        Determination d = new DeterminationEngine(regimes).determine(ExportRequest.of(from, to, item,
                LocalDate.parse(day)));
        return ApplicationTerms.of(regimes, d, to, route);
    }

    @Test
    void aUsLicenceApplicationReadsTheUsData() {
        ApplicationTerms t = terms(REGIMES, "US", "CN", "1C009.b", "2026-09-01", "LICENSE");
        ApplicationRules data = REGIMES.require("US").applications();
        assertThat(t.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo(data.documents().text()).contains("not encoded (CHECK)");
            assertThat(doc.source()).isEqualTo(data.documents().source());
        });
        assertThat(t.clock().count().name()).isEqualTo(data.dayCount().text());
        assertThat(t.clock().countSource()).isEqualTo(data.dayCount().source());
        assertThat(t.clock().days()).isNull();
        assertThat(t.clock().daysSource()).contains("not encoded (CHECK)");
        assertThat(t.filingOffice()).isEqualTo(data.filing().get(0).office());
        assertNoOtherRegimesFacts(t);
    }

    @Test
    void anEuIndividualAuthorisationReadsTheEuData() {
        ApplicationTerms t = terms(REGIMES, "DE", "CN", "3C002", "2022-03-01", "INDIVIDUAL");
        ApplicationRules data = REGIMES.require("EU").applications();
        assertThat(t.documents()).singleElement().satisfies(doc ->
                assertThat(doc.name()).isEqualTo(data.documents().text()).contains("not encoded (CHECK)"));
        assertThat(t.clock().count().name()).isEqualTo(data.dayCount().text());
        assertThat(t.clock().countStatus()).isEqualTo("CHECK");
        assertThat(t.clock().days()).isNull();
        assertThat(t.filingOffice()).isEqualTo(data.filing().get(0).office());
        assertNoOtherRegimesFacts(t);
    }

    @Test
    void aKoreanIndividualLicenceReadsTheKoreanData() {
        LocalDate day = LocalDate.parse("2019-09-19");
        ApplicationTerms t = terms(REGIMES, "KR", "JP", "3C002", day.toString(), "INDIVIDUAL");
        Regime kr = REGIMES.require("KR");
        ApplicationRules data = kr.applications();
        ProcessingRule rule = kr.processing().stream().filter(p -> p.licence().equals("INDIVIDUAL")
                && p.period().contains(day) && t.groups().contains(p.group())).findFirst().orElseThrow();
        assertThat(t.clock().days()).isEqualTo(rule.reviewDays());
        assertThat(t.clock().daysSource()).isEqualTo(rule.source());
        assertThat(t.documents()).hasSize(rule.documents());
        List<String> named = ApplicationRules.matching(data.named(), "INDIVIDUAL", day, kr.standing("JP", day))
                .stream().map(ApplicationRules.RouteText::text).toList();
        assertThat(named).isNotEmpty();
        assertThat(t.documents()).extracting(RequiredDocument::name).containsSubsequence(named);
        assertThat(t.clock().count().name()).isEqualTo(data.dayCount().text());
        assertThat(t.clock().countSource()).isEqualTo(data.dayCount().source());
        assertThat(t.filingOffice()).isEqualTo(data.filing("INDIVIDUAL", day).orElseThrow().office());
        assertThat(t.toString()).doesNotContain("about 90 days").doesNotContain("METI").doesNotContain("BIS");
    }

    @Test
    void aJapaneseIndividualLicenceReadsTheJapaneseData() {
        LocalDate day = LocalDate.parse("2020-01-01");
        ApplicationTerms t = terms(REGIMES, "JP", "CN", "2B001", day.toString(), "INDIVIDUAL");
        ApplicationRules data = REGIMES.require("JP").applications();
        ApplicationRules.Review review = data.review("INDIVIDUAL", day).orElseThrow();
        assertThat(t.clock().days()).isEqualTo(review.days());
        assertThat(t.clock().daysStatus()).isEqualTo(review.status());
        assertThat(t.clock().daysSource()).isEqualTo(review.source());
        assertThat(t.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo(data.documents().text());
            assertThat(doc.source()).isEqualTo(data.documents().source());
        });
        assertThat(t.clock().count().name()).isEqualTo(data.dayCount().text());
        assertThat(t.clock().countSource()).isEqualTo(data.dayCount().source());
        assertThat(t.filingOffice()).as("the JP data gives no filing office outside its measures")
                .isEqualTo("not encoded (CHECK): no filing office for INDIVIDUAL in the JP regime data");
        assertThat(t.toString()).doesNotContain("Public Notice").doesNotContain("Yestrade").doesNotContain("BIS");
    }

    @Test
    void japansMeasureGivesItsOwnOfficeAndReviewDaysFromTheData() {
        LocalDate day = LocalDate.parse("2019-07-10");
        ApplicationTerms t = terms(REGIMES, "JP", "KR", "3C002.a.2", day.toString(), "INDIVIDUAL");
        Measure m = REGIMES.require("JP").measures().stream().filter(x -> x.period().contains(day)
                && x.destinations().contains("KR") && x.filingOffice() != null).findFirst().orElseThrow();
        assertThat(t.filingOffice()).isEqualTo(m.filingOffice());
        assertThat(t.clock().days()).isEqualTo(m.reviewDays());
    }

    @Test
    void changedKoreanAndJapaneseDataChangeTheAnswers() throws IOException {
        Regimes kr = edited("regimes/kr.yaml", "reviewDays: 15, documents: 5", "reviewDays: 12, documents: 6",
                "dayCount: {count: WORKING", "dayCount: {count: CALENDAR",
                "{licence: INDIVIDUAL, office: \"Online through Yestrade", "{licence: INDIVIDUAL, office: \"Test office");
        ApplicationTerms k = terms(kr, "KR", "JP", "3C002", "2019-09-19", "INDIVIDUAL");
        assertThat(k.clock().days()).isEqualTo(12);
        assertThat(k.documents()).hasSize(6);
        assertThat(k.clock().count()).isEqualTo(DayCount.CALENDAR);
        assertThat(k.filingOffice()).startsWith("Test office");
        Regimes jp = edited("regimes/jp.yaml", "days: 90, status: CHECK", "days: 60, status: CHECK",
                "Documents per METI's list for this item and destination (not encoded)", "Test documents",
                "dayCount: {count: CALENDAR", "dayCount: {count: WORKING",
                "filingOffice: \"METI headquarters", "filingOffice: \"Test headquarters", "reviewDays: 90", "reviewDays: 45");
        ApplicationTerms j = terms(jp, "JP", "CN", "2B001", "2020-01-01", "INDIVIDUAL");
        assertThat(j.clock().days()).isEqualTo(60);
        assertThat(j.documents()).extracting(RequiredDocument::name).containsExactly("Test documents");
        assertThat(j.clock().count()).isEqualTo(DayCount.WORKING);
        ApplicationTerms measure = terms(jp, "JP", "KR", "3C002.a.2", "2019-07-10", "INDIVIDUAL");
        assertThat(measure.filingOffice()).startsWith("Test headquarters");
        assertThat(measure.clock().days()).isEqualTo(45);
    }

    @Test
    void changedDataChangesTheAnswer() throws IOException {
        Regimes edited = edited("regimes/us.yaml", "Application documents for a BIS licence: not encoded (CHECK)",
                "Form BIS-748P (test data)", "dayCount: {count: CALENDAR", "dayCount: {count: WORKING");
        ApplicationTerms t = terms(edited, "US", "CN", "1C009.b", "2026-09-01", "LICENSE");
        assertThat(t.documents()).extracting(RequiredDocument::name).containsExactly("Form BIS-748P (test data)");
        assertThat(t.clock().count()).isEqualTo(DayCount.WORKING);
    }

    @Test
    void aRegimeWithoutApplicationDataSaysNotEncoded() throws IOException {
        Regime eu = RegimeLoader.parse("eu.yaml", withoutApplications("regimes/eu.yaml"));
        List<Regime> all = new ArrayList<>(REGIMES.all());
        all.replaceAll(r -> r.jurisdiction().equals("EU") ? eu : r);
        ApplicationTerms t = terms(new Regimes(all), "DE", "CN", "3C002", "2022-03-01", "INDIVIDUAL");
        assertThat(t.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.name()).isEqualTo("Application documents: not encoded (CHECK)");
            assertThat(doc.status()).isEqualTo("CHECK");
        });
        assertThat(t.clock().countSource()).startsWith("not encoded (CHECK)");
        assertThat(t.filingOffice()).isEqualTo("not encoded (CHECK): no filing office for INDIVIDUAL in the EU regime data");
    }

    private static void assertNoOtherRegimesFacts(ApplicationTerms t) {
        String all = t.toString();
        assertThat(all).doesNotContain("Public Notice").doesNotContain("about 90 days").doesNotContain("METI")
                .doesNotContain("Civil Petitions");
    }

    private static Regimes edited(String path, String... replacements) throws IOException {
        String text = read(path);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Regime changed = RegimeLoader.parse(path, text.getBytes(StandardCharsets.UTF_8));
        List<Regime> all = new ArrayList<>(REGIMES.all());
        all.replaceAll(r -> r.jurisdiction().equals(changed.jurisdiction()) ? changed : r);
        return new Regimes(all);
    }

    private static byte[] withoutApplications(String path) throws IOException {
        String text = read(path);
        int at = text.indexOf("\napplications:\n");
        int comment = text.lastIndexOf("\n#", at);
        return text.substring(0, comment < 0 ? at : comment + 1).getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String path) throws IOException {
        try (InputStream in = ApplicationTermsFromDataTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
