package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * US exports to North Korea (15 CFR 746.4, 742.19): a licence for every item subject to the EAR (the chart's part 746
 * embargo), reviewed case by case, except a general policy of denial for NP, MT, NS and CB items, the AT items
 * §742.19(b)(1) names, listed items for a military end use and luxury goods; food and medicine classified as EAR99 are
 * excepted, which Clearance cannot tell apart, so an EAR99 answer is never confirmed. Each policy comes from the measure
 * the trace cites; a measure of another destination does not reach North Korea.
 */
class UsNorthKoreaPolicyTest {
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);
    private final LocalDate day = RegimeData.bundled().require("US").coverage().from().plusDays(10);

    private Determination d(String to, String item, String hs, EndUse use) {
        return engine.determine(new ExportRequest("US", to, item, null, hs, day, use, null, false));
    }

    private static boolean applied(Determination d, String code) {
        return d.trace().stream().anyMatch(s -> s.rule().equals(code) && s.effect().startsWith("licence required"));
    }

    @Test
    void nationalSecurityAndProliferationItemsAreDenied() {
        Determination ns = d("KP", "3C002", null, EndUse.CIVIL);
        assertThat(ns.licenceRequired()).isTrue();
        assertThat(ns.prohibited()).isFalse();
        assertThat(ns.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(applied(ns, "§742.19(b)(1)-KP-NS-CB")).isTrue();
        assertThat(ns.confidence()).as("the §742.19 text read misses a 2020 amendment").isEqualTo(Confidence.CHECK);
        Determination mt = d("KP", "1A101", null, EndUse.CIVIL);
        assertThat(mt.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(applied(mt, "§746.4(b)(3)-KP-NP-MT")).isTrue();
        assertThat(mt.trace()).anyMatch(s -> s.rule().equals("§742.19(b)(1)-KP-NS-CB")
                && s.effect().startsWith("does not apply") && s.effect().contains("not controlled for NS/CB"));
    }

    @Test
    void antiTerrorismItemsAreCaseByCaseUnlessNamedOrForTheMilitary() {
        Determination other = d("KP", "2B992", null, EndUse.CIVIL);
        assertThat(other.licenceRequired()).isTrue();
        assertThat(other.policy()).isEqualTo(LicencePolicy.CASE_BY_CASE);
        assertThat(applied(other, "§746.4-KP")).isTrue();
        Determination named = d("KP", "2B991", null, EndUse.CIVIL);
        assertThat(named.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(applied(named, "§742.19(b)(1)-KP-AT-ITEMS")).isTrue();
        assertThat(named.confidence()).isEqualTo(Confidence.CHECK);
        Determination military = d("KP", "2B992", null, EndUse.MILITARY);
        assertThat(military.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(applied(military, "§742.19(b)(2)-KP-MILITARY")).isTrue();
    }

    @Test
    void luxuryGoodsAreDeniedAndOtherEar99GoodsAreCaseByCaseButNeverConfirmed() {
        Determination car = d("KP", "EAR99", "870323", EndUse.CIVIL);
        assertThat(car.licenceRequired()).isTrue();
        assertThat(car.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(applied(car, "§746.4(b)(1)-KP-LUXURY")).isTrue();
        Determination pump = d("KP", "EAR99", "841370", EndUse.CIVIL);
        assertThat(pump.licenceRequired()).isTrue();
        assertThat(pump.policy()).isEqualTo(LicencePolicy.CASE_BY_CASE);
        assertThat(pump.trace()).anyMatch(s -> s.rule().equals("§746.4(b)(1)-KP-LUXURY") && s.effect().startsWith("does not apply"));
        assertThat(pump.confidence()).as("food and medicine are excepted and not told apart").isEqualTo(Confidence.CHECK);
        assertThat(pump.trace()).anyMatch(s -> s.rule().contains("US-KP-FOOD-MEDICINE"));
        Determination food = d("KP", "EAR99", "0901", EndUse.CIVIL);
        assertThat(food.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(food.trace()).anyMatch(s -> s.rule().contains("US-KP-FOOD-MEDICINE") && s.effect().contains("food"));
    }

    @Test
    void theNorthKoreaMeasuresReachNoOtherDestination() {
        Determination cn = d("CN", "2B991", null, EndUse.CIVIL);
        assertThat(cn.trace()).noneMatch(s -> s.rule().contains("-KP"));
        assertThat(d("CN", "EAR99", "870323", EndUse.CIVIL).licenceRequired()).isFalse();
    }
}
