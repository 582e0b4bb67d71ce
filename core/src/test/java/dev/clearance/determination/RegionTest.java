package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.ChartFootnote;
import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.read.RegimeData;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.RequestFields;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A region of the destination decides measures limited to regions: the region named (or one within it) and the
 * measure applies from its first day, not the day before; another region and it does not; no region, or only the
 * subdivision that holds the region, and the answer is check naming the regions that matter. Every date and region
 * is read from the data.
 */
class RegionTest {
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);

    private static SanctionsMeasure measure(String jurisdiction, String code) {
        return RegimeData.bundled().require(jurisdiction).sanctions().stream().filter(m -> m.code().equals(code))
                .findFirst().orElseThrow();
    }

    private Determination d(String from, String to, String item, LocalDate day, String region) {
        return engine.determine(ExportRequest.of(from, to, item, day).withRegion(region));
    }

    @Test
    void japansDnrLnrBanDecidesOnceTheRegionIsGiven() {
        SanctionsMeasure ban = measure("JP", "JP-DNR-LNR");
        LocalDate from = ban.period().from();
        for (String region : ban.regions()) {
            Determination on = d("JP", "UA", null, from, region);
            assertThat(on.prohibited()).as(region).isTrue();
            assertThat(on.licenceOptions()).isEmpty();
            assertThat(d("JP", "UA", null, from.minusDays(1), region).prohibited()).as("the day before").isFalse();
            String within = RegimeData.regions().get(region).orElseThrow().within();
            Determination oblast = d("JP", "UA", null, from, within);
            assertThat(oblast.prohibited()).as("the oblast holding " + region).isFalse();
            assertThat(oblast.confidence()).isEqualTo(Confidence.CHECK);
            assertThat(oblast.trace()).anyMatch(s -> s.rule().equals(ban.code()) && s.effect().contains("holds"));
        }
        Determination none = d("JP", "UA", null, from, null);
        assertThat(none.prohibited()).isFalse();
        assertThat(none.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(none.trace()).anyMatch(s -> s.rule().equals(ban.code()) && s.effect().contains(ban.regions().get(0))
                && s.effect().contains("names no region"));
        Determination kyiv = d("JP", "UA", null, from, "UA-30");
        assertThat(kyiv.prohibited()).isFalse();
        assertThat(kyiv.trace()).anyMatch(s -> s.rule().equals(ban.code()) && s.effect().startsWith("does not apply"));
    }

    @Test
    void anUnconfirmedRegionalMeasureNeverDecidesEvenWithItsRegion() {
        SanctionsMeasure m = measure("JP", "JP-ZAPORIZHZHIA-KHERSON");
        assertThat(m.status()).isEqualTo(SanctionsMeasure.Status.UNCONFIRMED);
        Determination d = d("JP", "UA", null, m.period().from(), m.regions().get(0));
        assertThat(d.prohibited()).isFalse();
        assertThat(d.confidence()).isEqualTo(Confidence.CHECK);
    }

    @Test
    void theUsCrimeaFootnoteRequiresALicenceOnlyForItsRegions() {
        ChartFootnote f = RegimeData.bundled().require("US").footnotes("UA").stream().map(java.util.Map.Entry::getKey)
                .filter(x -> !x.regions().isEmpty()).findFirst().orElseThrow();
        LocalDate day = RegimeData.bundled().require("US").coverage().from();
        String rule = "footnote " + f.number();
        for (String region : f.regions()) {
            Determination in = d("US", "UA", "EAR99", day, region);
            assertThat(in.licenceRequired()).as(region).isTrue();
            assertThat(in.trace()).anyMatch(s -> s.rule().equals(rule) && s.effect().startsWith("licence required"));
        }
        Determination elsewhere = d("US", "UA", "EAR99", day, "UA-30");
        assertThat(elsewhere.trace()).anyMatch(s -> s.rule().equals(rule) && s.effect().startsWith("does not apply"));
        assertThat(elsewhere.licenceRequired()).isFalse();
        Determination none = d("US", "UA", "EAR99", day, null);
        assertThat(none.confidence()).isEqualTo(Confidence.CHECK);
    }

    @Test
    void everyWayInReadsTheRegionByCodeOrNameAndRefusesAnUnknownOne() {
        for (RequestFields names : new RequestFields[] {RequestFields.CLI, RequestFields.JSON, RequestFields.CSV}) {
            assertThat(form("UA", "crimea").parse(names).region()).isEqualTo("UA-43");
            assertThat(form("UA", "dnr").parse(names).region()).isEqualTo("UA-DNR");
            assertThat(form("UA", " ").parse(names).region()).isNull();
            assertThatThrownBy(() -> form("UA", "UA-34x").parse(names)).isInstanceOfSatisfying(
                    BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo(names.region());
                        assertThat(e.kind()).isEqualTo(BadRequestException.Kind.UNKNOWN);
                    });
            assertThatThrownBy(() -> form("CN", "UA-43").parse(names)).isInstanceOf(BadRequestException.class);
        }
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("JP", "CN", null, LocalDate.parse("2024-01-01"))
                .withRegion("UA-43"))).isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("region"));
    }

    private static ExportRequestForm form(String to, String region) {
        return new ExportRequestForm("JP", to, "NONE", null, null, "2024-01-01", null, null, null, null, region);
    }
}
