package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.EarData;
import dev.clearance.regime.Regimes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The US EAR by the Country Chart (15 CFR 738.4, regimes.md §9), as of the eCFR of 2026-07-23. */
class EarDeterminationTest {
    private static final LocalDate DAY = LocalDate.parse("2026-09-01");
    private final DeterminationEngine engine = DeterminationEngine.bundled();
    private final EarData ear = Regimes.bundled().require("US").ear();

    private Determination us(String to, String item) {
        return engine.determine(ExportRequest.of("US", to, item, DAY));
    }

    private Determination us(String to, String item, String usd) {
        return engine.determine(ExportRequest.of("US", to, item, DAY).withValue(new BigDecimal(usd), "USD"));
    }

    @Test
    void theIssueExamplesHold() {
        assertThat(us("FR", "3C002").licenceRequired()).isFalse();
        assertThat(us("FR", "3C002").summary()).startsWith("NLR");
        assertThat(us("IN", "3C002").licenceRequired()).isFalse();
        assertThat(us("CN", "1C009.b").licenceOptions()).containsExactly("LICENSE");
        assertThat(us("SG", "3C002.a.1", "2000").licenceOptions()).contains("LVS", "GBS", "LICENSE");
        assertThat(us("SG", "3C002.a.1", "5000").licenceOptions()).doesNotContain("LVS").contains("GBS");
        assertThat(us("CU", null).licenceRequired()).isTrue();
    }

    @Test
    void eachCountryChartColumnRequiresALicenceExactlyWhereTheChartHasAnX() {
        java.util.Set<String> columnsSeen = new java.util.TreeSet<>();
        for (var eccn : ear.eccns()) {
            String code = eccn.code();
            var e = eccn;
            if (e == null || e.controls().isEmpty() || e.controls().stream().anyMatch(c -> c.column() == null)) {
                continue;
            }
            for (String to : List.of("CN", "FR", "SG", "IN", "BR", "AE", "VN", "GB", "MX", "ZA")) {
                var row = ear.row(to).orElseThrow();
                boolean x = e.controls().stream().anyMatch(c -> row.x().contains(c.column()));
                e.controls().forEach(c -> columnsSeen.add(c.column()));
                assertThat(us(to, code).licenceRequired()).as(code + " " + e.controls() + " to " + to).isEqualTo(x);
            }
        }
        assertThat(columnsSeen).as("columns exercised").hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void theLvsValueLimitIsInclusiveAndCountryGroupBDecidesGbs() {
        assertThat(us("SG", "3C002", "3000").licenceOptions()).contains("LVS");
        assertThat(us("SG", "3C002", "3000.01").licenceOptions()).doesNotContain("LVS");
        assertThat(us("SG", "3C002").licenceOptions()).as("no value given").doesNotContain("LVS");
        assertThat(engine.determine(ExportRequest.of("US", "SG", "3C002", DAY).withValue(new BigDecimal("100"), "EUR"))
                .licenceOptions()).as("not converted").doesNotContain("LVS");
        assertThat(ear.inGroup("B", "SG")).isTrue();
        assertThat(ear.inGroup("B", "CN")).isFalse();
        assertThat(us("CN", "3C002", "100").licenceOptions()).containsExactly("LICENSE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CU", "IR", "KP", "SY"})
    void everyEmbargoRequiresALicenceForEar99TooAndBarsExceptions(String to) {
        Determination d = us(to, null);
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).containsExactly("LICENSE");
        assertThat(d.trace()).anyMatch(s -> s.rule().startsWith("part 746"));
        assertThat(us(to, "3C002", "100").licenceOptions()).containsExactly("LICENSE");
    }

    @Test
    void footnotedRussiaAndBelarusAndCrimeaAreInTheTrace() {
        for (String to : List.of("RU", "BY")) {
            Determination d = us(to, "5A992");
            assertThat(d.licenceRequired()).as(to).isTrue();
            assertThat(d.trace()).anyMatch(s -> s.rule().equals("footnote 6") && s.source().contains("746.8"));
            assertThat(us(to, null).confidence()).isEqualTo(Confidence.CHECK);
        }
        Determination ua = us("UA", "3C002");
        assertThat(ua.trace()).anyMatch(s -> s.rule().startsWith("footnote") && s.effect().contains("Crimea"));
        assertThat(ua.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(us("FR", null).licenceRequired()).isFalse();
    }

    @Test
    void aListedEndUserRequiresALicenceForAnyItem() {
        EndUserFinding listed = new EndUserFinding("Some Institute", true, "bis:1", "BIS Entity List", "exact");
        Determination d = engine.determine(new ExportRequest("US", "FR", null, null, null, DAY, EndUse.CIVIL, listed, false));
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).containsExactly("LICENSE");
    }

    @Test
    void datesBeforeTheDataAndUnknownEccnsAreRefused() {
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("US", "FR", "3C002", LocalDate.parse("2026-07-22"))))
                .isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> us("FR", "3C099")).hasMessageContaining("3C099: not an ECCN of the Commerce Control List");
        assertThat(us("FR", "EAR99").licenceRequired()).isFalse();
    }

    @Test
    void japanAndKoreaAnswerAsBefore() {
        assertThat(engine.determine(ExportRequest.of("JP", "KR", "3C002.a.2", LocalDate.parse("2019-07-10")))
                .licenceOptions()).containsExactly("INDIVIDUAL");
    }
}
