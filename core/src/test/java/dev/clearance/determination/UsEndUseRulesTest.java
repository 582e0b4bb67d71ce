package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * §744.22 (military-intelligence end use or end user) and §744.23 (supercomputer and advanced-node IC end uses),
 * read from the US sanctions data: they reach the end uses and destinations the data names, and no other; a
 * military-intelligence end use is a military one, so §744.21 reaches it too; a measure marked CHECK answers check,
 * an UNCONFIRMED one never decides.
 */
class UsEndUseRulesTest {
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);
    private final LocalDate day = RegimeData.bundled().require("US").coverage().from();

    private static SanctionsMeasure measure(String code) {
        return RegimeData.bundled().require("US").sanctions().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private Determination d(String to, String item, EndUse use) {
        return engine.determine(new ExportRequest("US", to, item, null, null, day, use, null, false));
    }

    @Test
    void militaryIntelligenceEndUsesNeedALicenceUnderAPolicyOfDenialWhereTheRuleReaches() {
        SanctionsMeasure m = measure("§744.22-MILITARY-INTELLIGENCE");
        for (String to : m.destinations()) {
            Determination x = d(to, "EAR99", EndUse.MILITARY_INTELLIGENCE);
            assertThat(x.licenceRequired()).as(to).isTrue();
            assertThat(x.trace()).as(to).anyMatch(s -> s.rule().equals(m.code()) && !s.effect().startsWith("does not"));
            assertThat(x.confidence()).as(to + " (CHECK measure)").isNotEqualTo(Confidence.CONFIRMED);
            if (!x.prohibited() && x.authority() == null) {
                assertThat(x.policy()).as(to).isEqualTo(LicencePolicy.DENIAL);
            }
        }
        Determination civil = d("CN", "EAR99", EndUse.CIVIL);
        assertThat(civil.trace()).anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("does not apply"));
        Determination elsewhere = d("SG", "EAR99", EndUse.MILITARY_INTELLIGENCE);
        assertThat(elsewhere.trace()).noneMatch(s -> s.rule().equals(m.code()));
        Determination unknown = d("CN", "EAR99", EndUse.UNKNOWN);
        assertThat(unknown.confidence()).isEqualTo(Confidence.CHECK);
    }

    @Test
    void aMilitaryIntelligenceEndUseIsAMilitaryOneForTheMilitaryEndUseRule() {
        SanctionsMeasure meu = measure("§744.21-RU-BY");
        assertThat(meu.endUses()).contains("military");
        Determination x = d("RU", "EAR99", EndUse.MILITARY_INTELLIGENCE);
        assertThat(x.trace()).anyMatch(s -> s.rule().equals(meu.code()) && !s.effect().startsWith("does not"));
        Determination military = d("RU", "EAR99", EndUse.MILITARY);
        assertThat(military.trace()).anyMatch(s -> s.rule().equals(meu.code()) && !s.effect().startsWith("does not"));
        assertThat(military.policy()).isEqualTo(LicencePolicy.DENIAL);
    }

    @Test
    void anUnconfirmedDestinationNeverDecidesButIsCheck() {
        SanctionsMeasure ni = measure("§744.22-MILITARY-INTELLIGENCE-NI");
        assertThat(ni.status()).isEqualTo(SanctionsMeasure.Status.UNCONFIRMED);
        Determination x = d("NI", "EAR99", EndUse.MILITARY_INTELLIGENCE);
        assertThat(x.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(x.trace()).anyMatch(s -> s.rule().equals(ni.code()) && s.effect().startsWith("CHECK: may apply"));
    }

    @Test
    void supercomputerAndAdvancedNodeEndUsesReachTheirItemsInMacauAndD5() {
        SanctionsMeasure sc = measure("§744.23(a)(1)-SUPERCOMPUTER");
        assertThat(sc.destinations()).containsExactly("MO");
        assertThat(sc.groups()).containsExactly("D:5");
        for (String to : java.util.List.of("MO", "CN")) {
            Determination in = d(to, "4A994", EndUse.SUPERCOMPUTER);
            assertThat(in.licenceRequired()).as(to).isTrue();
            assertThat(in.trace()).anyMatch(s -> s.rule().equals(sc.code()) && s.effect().startsWith("licence required"));
            Determination other = d(to, "EAR99", EndUse.SUPERCOMPUTER);
            assertThat(other.trace()).anyMatch(s -> s.rule().equals(sc.code()) && s.effect().startsWith("does not apply"));
        }
        assertThat(d("SG", "4A994", EndUse.SUPERCOMPUTER).trace()).noneMatch(s -> s.rule().equals(sc.code()));
        SanctionsMeasure ic = measure("§744.23(a)(2)(i)-ADVANCED-NODE-IC");
        Determination fab = d("CN", "EAR99", EndUse.ADVANCED_NODE_IC);
        assertThat(fab.licenceRequired()).isTrue();
        assertThat(fab.trace()).anyMatch(s -> s.rule().equals(ic.code()) && s.effect().startsWith("licence required"));
        assertThat(fab.confidence()).isEqualTo(Confidence.CHECK);
    }

    @Test
    void anIcFacilityOfUnknownNodeReachesCategory3ProductGroupsBToEOnly() {
        SanctionsMeasure m = measure("§744.23(a)(2)(ii)-IC-FACILITY-CATEGORY-3");
        Determination b = d("CN", "3B001", EndUse.IC_PRODUCTION);
        assertThat(b.licenceRequired()).isTrue();
        assertThat(b.trace()).anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("licence required"));
        assertThat(b.confidence()).as("secondary source").isEqualTo(Confidence.CHECK);
        Determination a = d("CN", "3A991", EndUse.IC_PRODUCTION);
        assertThat(a.trace()).anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("does not apply"));
        Determination advanced = d("CN", "EAR99", EndUse.IC_PRODUCTION);
        assertThat(advanced.trace()).as("(a)(2)(i) needs knowledge of an advanced-node facility")
                .anyMatch(s -> s.rule().equals("§744.23(a)(2)(i)-ADVANCED-NODE-IC") && s.effect().startsWith("does not apply"));
    }

    @Test
    void semiconductorEquipmentDevelopmentReachesListedItemsInD5AndMacau() {
        SanctionsMeasure m = measure("§744.23(a)(4)-SEMICONDUCTOR-EQUIPMENT");
        for (String to : java.util.List.of("MO", "CN", "RU")) {
            Determination x = d(to, "3B001", EndUse.SEMICONDUCTOR_EQUIPMENT);
            assertThat(x.trace()).as(to).anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("licence required"));
        }
        assertThat(d("JP", "3B001", EndUse.SEMICONDUCTOR_EQUIPMENT).trace()).noneMatch(s -> s.rule().equals(m.code()));
        assertThat(d("CN", "EAR99", EndUse.SEMICONDUCTOR_EQUIPMENT).trace())
                .anyMatch(s -> s.rule().equals(m.code()) && s.effect().startsWith("does not apply"));
    }

    @Test
    void aMeasureNamingACountryGroupFollowsTheGroupOnTheDayNotACopiedList() {
        dev.clearance.regime.Regime us = RegimeData.bundled().require("US");
        SanctionsMeasure m = measure("§744.22-MILITARY-INTELLIGENCE");
        assertThat(m.destinations()).doesNotContain("IR", "KP", "SY");
        assertThat(m.groups()).containsExactly("E:1", "E:2");
        for (String member : us.group("E:1").orElseThrow().membersOn(day)) {
            Determination x = d(member, "EAR99", EndUse.MILITARY_INTELLIGENCE);
            assertThat(x.trace()).as(member).anyMatch(s -> s.rule().equals(m.code()) && !s.effect().startsWith("does not"));
        }
        // The same measure over a regime whose E:1 no longer holds Iran does not reach Iran.
        java.util.List<dev.clearance.regime.CountryGroup> groups = us.groups().stream().map(g -> !g.code().equals("E:1") ? g
                : new dev.clearance.regime.CountryGroup(g.code(), g.name(), g.period(), g.complete(), g.residualOf(),
                g.members().stream().filter(x -> !x.country().equals("IR")).toList(), g.source(), g.note())).toList();
        dev.clearance.regime.Regime moved = us.with("US-moved", "test", groups, us.measures(), us.processing());
        Determination ir = new DeterminationEngine(RegimeData.bundled(), false).determine(moved,
                new ExportRequest("US", "IR", "EAR99", null, null, day, EndUse.MILITARY_INTELLIGENCE, null, false));
        assertThat(ir.trace()).noneMatch(s -> s.rule().equals(m.code()));
    }

    @Test
    void anUnknownGroupInASanctionsFileIsRefusedNamingItsPlace() {
        dev.clearance.regime.Regime us = RegimeData.bundled().require("US");
        String yaml = """
                jurisdiction: US
                source: test
                measures:
                  - {code: T, title: t, groups: ["D:9"], items: {kind: all}, effect: prohibited, source: test}
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.clearance.regime.read.SanctionsLoader.parse("t.yaml",
                        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), us))
                .isInstanceOf(dev.clearance.regime.RegimeDataException.class)
                .hasMessageContaining("t.yaml").hasMessageContaining("D:9");
    }
}
