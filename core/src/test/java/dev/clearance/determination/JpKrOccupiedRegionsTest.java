package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Japan's and Korea's positions on exports to the occupied regions of Ukraine where no export measure could be sourced
 * (Japan: Crimea and Sevastopol, whose 2014 measures restrict imports only; Korea: every occupied region): the answer
 * for such a region is check, saying the position is not encoded, never "no licence" as if clear; another region of
 * Ukraine is not reached, and Japan's sourced DNR/LNR ban still prohibits.
 */
class JpKrOccupiedRegionsTest {
    private static final LocalDate DAY = LocalDate.parse("2024-06-03");
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);

    private Determination d(String from, String region) {
        return engine.determine(new ExportRequest(from, "UA", null, null, "854231", DAY, EndUse.CIVIL, null, false, null,
                null, region));
    }

    private static SanctionsMeasure measure(String regime, String code) {
        return RegimeData.bundled().require(regime).sanctions().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static boolean doubted(Determination x, String code) {
        return x.trace().stream().anyMatch(s -> s.rule().equals(code) && s.effect().startsWith("CHECK: may apply")
                && s.effect().contains("not encoded"));
    }

    @Test
    void japanToCrimeaOrSevastopolIsCheckNeverClear() {
        SanctionsMeasure m = measure("JP", "JP-CRIMEA-EXPORTS");
        assertThat(m.status()).isEqualTo(SanctionsMeasure.Status.UNCONFIRMED);
        for (String region : m.regions()) {
            Determination x = d("JP", region);
            assertThat(x.prohibited()).as(region).isFalse();
            assertThat(x.confidence()).as(region + " " + x.summary()).isEqualTo(Confidence.CHECK);
            assertThat(doubted(x, m.code())).as(region).isTrue();
        }
        Determination lviv = d("JP", "UA-46");
        assertThat(lviv.confidence()).as(lviv.summary()).isEqualTo(Confidence.CONFIRMED);
        assertThat(lviv.trace()).anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("does not apply"));
        assertThat(d("JP", "UA-DNR").prohibited()).as("the sourced DNR/LNR ban").isTrue();
    }

    @Test
    void koreaToAnyOccupiedRegionIsCheckNeverClear() {
        SanctionsMeasure m = measure("KR", "KR-OCCUPIED-UA-REGIONS");
        assertThat(m.regions()).contains("UA-43", "UA-40", "UA-DNR", "UA-LNR", "UA-23-NGCA", "UA-65-NGCA");
        for (String region : m.regions()) {
            Determination x = d("KR", region);
            assertThat(x.prohibited()).as(region).isFalse();
            assertThat(x.confidence()).as(region + " " + x.summary()).isEqualTo(Confidence.CHECK);
            assertThat(doubted(x, m.code())).as(region).isTrue();
        }
        Determination donetskOblast = d("KR", "UA-14");
        assertThat(donetskOblast.confidence()).as("holds the DNR: say which part").isEqualTo(Confidence.CHECK);
        Determination noRegion = d("KR", null);
        assertThat(noRegion.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(noRegion.trace()).anyMatch(s -> s.rule().equals(m.code()) && s.effect().contains("names no region"));
        Determination lviv = d("KR", "UA-46");
        assertThat(lviv.licenceRequired()).isFalse();
        assertThat(lviv.confidence()).as(lviv.summary()).isEqualTo(Confidence.CONFIRMED);
    }
}
