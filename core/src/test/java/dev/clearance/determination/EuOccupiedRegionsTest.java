package dev.clearance.determination;

import dev.clearance.regime.read.RegimeData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.Regimes;
import dev.clearance.regime.SanctionsMeasure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The EU's measures for Crimea and Sevastopol (692/2014) and the non-government-controlled areas of Donetsk, Luhansk,
 * Kherson and Zaporizhzhia (2022/263): Annex II goods by CN code are prohibited where the goods go to those regions,
 * from each measure's first day; Annex II is not held, so a code outside its known chapters, or no code at all, is
 * check, and another region of Ukraine is not reached. Every date and region is read from the data.
 */
class EuOccupiedRegionsTest {
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);

    private static SanctionsMeasure measure(String code) {
        return RegimeData.bundled().require("EU").sanctions().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private Determination d(String hs, String item, LocalDate day, String region) {
        return engine.determine(new ExportRequest("DE", "UA", item, null, hs, day, EndUse.CIVIL, null, false, null,
                null, region));
    }

    private static boolean applied(Determination x, SanctionsMeasure m) {
        return x.trace().stream().anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("Prohibited"));
    }

    @Test
    void annexIiGoodsToEachOccupiedRegionAreProhibitedFromTheMeasuresFirstDay() {
        for (String code : new String[] {"EU-692-2014-CRIMEA-ANNEX-II", "EU-2022-263-DNR-LNR-ANNEX-II",
                "EU-2022-263-KHERSON-ZAPORIZHZHIA-ANNEX-II"}) {
            SanctionsMeasure m = measure(code);
            LocalDate from = m.period().from().isBefore(LocalDate.parse("2019-01-02")) ? LocalDate.parse("2019-01-01")
                    : m.period().from();
            String hs = m.items().hs().stream().filter(h -> h.startsWith("85")).findFirst().orElseThrow() + "42";
            for (String region : m.regions()) {
                Determination on = d(hs, null, from, region);
                assertThat(on.prohibited()).as(code + " " + region).isTrue();
                assertThat(on.licenceOptions()).isEmpty();
                assertThat(on.confidence()).as("Annex II is not held; the measure is CHECK").isEqualTo(Confidence.CHECK);
                assertThat(applied(on, m)).isTrue();
                assertThat(on.trace()).anyMatch(s -> s.rule().equals("derogation " + code)
                        && s.effect().contains("competent authority") && !s.source().isBlank());
                if (!from.equals(LocalDate.parse("2019-01-01"))) {
                    assertThat(d(hs, null, from.minusDays(1), region).prohibited()).as(code + " the day before").isFalse();
                }
            }
            Determination kyiv = d(hs, null, from, "UA-30");
            assertThat(kyiv.prohibited()).isFalse();
            assertThat(kyiv.trace()).anyMatch(s -> s.rule().equals(code) && s.effect().startsWith("does not apply"));
        }
    }

    @Test
    void aGoodOutsideTheKnownChaptersOrWithoutACodeIsCheckNeverClearNorProhibited() {
        SanctionsMeasure crimea = measure("EU-692-2014-CRIMEA-ANNEX-II");
        LocalDate day = LocalDate.parse("2023-01-01");
        Determination coffee = d("0901", null, day, "UA-43");
        assertThat(coffee.prohibited()).isFalse();
        assertThat(coffee.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(coffee.trace()).anyMatch(s -> s.rule().equals(crimea.code()) && s.effect().startsWith("CHECK: may apply"));
        Determination listed = d(null, "3C002", day, "UA-40");
        assertThat(listed.prohibited()).isFalse();
        assertThat(listed.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(listed.trace()).anyMatch(s -> s.rule().equals(crimea.code()) && s.effect().contains("give --hs"));
    }

    @Test
    void theOblastHoldingAnAreaOutsideGovernmentControlIsCheckNamingTheArea() {
        SanctionsMeasure dnr = measure("EU-2022-263-DNR-LNR-ANNEX-II");
        Determination donetsk = d("8471", null, LocalDate.parse("2023-01-01"), "UA-14");
        assertThat(donetsk.prohibited()).isFalse();
        assertThat(donetsk.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(donetsk.trace()).anyMatch(s -> s.rule().equals(dnr.code()) && s.effect().contains("holds"));
    }
}
