package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.Regime;
import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 15 CFR 744.23(a)(3)(i) and (a)(4)(ii) turn on where the end user, or its ultimate parent, is headquartered (Macau or
 * Country Group D:5). Given, the rule decides: headquartered there, a licence; elsewhere, the rule says nothing. Not
 * given, where the rule could apply, the answer is check naming the missing fact, never confirmed. (a)(3)(i) reaches
 * every destination outside D:1, D:4 and D:5 unless also in A:5 or A:6, read from the groups on the day; (a)(4)(ii)
 * reaches every destination for the development or production of semiconductor manufacturing equipment.
 */
class UsHeadquartersRulesTest {
    private static final String AC = "§744.23(a)(3)(i)-ADVANCED-COMPUTING-HQ";
    private static final String SME = "§744.23(a)(4)(ii)-SME-INDIRECT-HQ";
    private final Regime us = RegimeData.bundled().require("US");
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);
    private final LocalDate day = us.coverage().from().plusDays(10);

    private Determination d(String to, String item, EndUse use, List<String> headquarters) {
        return engine.determine(new ExportRequest("US", to, item, null, null, day, use, null, false, null, null, null,
                headquarters));
    }

    private static boolean applied(Determination x, String code) {
        return x.trace().stream().anyMatch(s -> s.rule().equals(code) && s.effect().startsWith("licence required"));
    }

    private static boolean doubted(Determination x, String code) {
        return x.trace().stream().anyMatch(s -> s.rule().equals(code) && s.effect().startsWith("CHECK: may apply")
                && s.effect().contains("does not say where the end user is headquartered"));
    }

    @Test
    void advancedComputingItemsForAnEntityHeadquarteredInD5NeedALicenceWhereverItIs() {
        Determination cn = d("SG", "5A992.z.2", EndUse.CIVIL, List.of("CN"));
        assertThat(cn.licenceRequired()).as(cn.summary()).isTrue();
        assertThat(applied(cn, AC)).isTrue();
        assertThat(cn.confidence()).as("CHECK measure").isEqualTo(Confidence.CHECK);
        Determination parent = d("SG", "5A992.z.2", EndUse.CIVIL, List.of("SG", "MO"));
        assertThat(applied(parent, AC)).as("an ultimate parent in Macau").isTrue();
        Determination us = d("SG", "5A992.z.2", EndUse.CIVIL, List.of("US"));
        assertThat(us.licenceRequired()).as(us.summary()).isFalse();
        assertThat(us.trace()).noneMatch(s -> s.rule().equals(AC));
        Determination unknown = d("SG", "5A992.z.2", EndUse.CIVIL, null);
        assertThat(unknown.licenceRequired()).isFalse();
        assertThat(doubted(unknown, AC)).as(unknown.trace().toString()).isTrue();
        assertThat(unknown.confidence()).isEqualTo(Confidence.CHECK);
        Determination otherItem = d("SG", "3A991", EndUse.CIVIL, null);
        assertThat(otherItem.trace()).as("a good outside its items: silent").noneMatch(s -> s.rule().equals(AC));
    }

    @Test
    void advancedComputingReachesNoD1D4D5DestinationUnlessAlsoInA5OrA6() {
        SanctionsMeasure m = us.sanctions().stream().filter(x -> x.code().equals(AC)).findFirst().orElseThrow();
        assertThat(m.reaches(us, "SG", day)).isTrue();
        assertThat(m.reaches(us, "CN", day)).as("D:5").isFalse();
        assertThat(m.reaches(us, "MO", day)).as("D:1").isFalse();
        String both = us.group("D:4").orElseThrow().membersOn(day).stream()
                .filter(c -> us.group("A:5").orElseThrow().counts(c, day) || us.group("A:6").orElseThrow().counts(c, day))
                .findFirst().orElseThrow();
        assertThat(m.reaches(us, both, day)).as(both + " is in D:4 and in A:5/A:6").isTrue();
        assertThat(d("CN", "5A992.z.2", EndUse.CIVIL, List.of("CN")).trace()).noneMatch(s -> s.rule().equals(AC));
    }

    @Test
    void semiconductorEquipmentDevelopmentByAnEntityHeadquarteredInD5IsDeniedAnywhere() {
        Determination cn = d("DE", "3B001", EndUse.SEMICONDUCTOR_EQUIPMENT, List.of("CN"));
        assertThat(cn.licenceRequired()).isTrue();
        assertThat(cn.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(applied(cn, SME)).isTrue();
        Determination jp = d("DE", "3B001", EndUse.SEMICONDUCTOR_EQUIPMENT, List.of("JP"));
        assertThat(jp.trace()).noneMatch(s -> s.rule().equals(SME));
        assertThat(jp.policy()).isNotEqualTo(LicencePolicy.DENIAL);
        Determination unknown = d("DE", "3B001", EndUse.SEMICONDUCTOR_EQUIPMENT, null);
        assertThat(doubted(unknown, SME)).isTrue();
        assertThat(unknown.confidence()).isEqualTo(Confidence.CHECK);
        Determination civil = d("DE", "3B001", EndUse.CIVIL, null);
        assertThat(civil.trace()).as("another end use: silent").noneMatch(s -> s.rule().equals(SME));
    }

    @Test
    void anUnknownCountryOfHeadquartersIsRefusedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d("SG", "3A090", EndUse.CIVIL, List.of("XX")))
                .isInstanceOfSatisfying(dev.clearance.input.BadRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("headquarters"));
    }
}
