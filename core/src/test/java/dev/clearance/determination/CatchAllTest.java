package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.clearance.input.BadRequestException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatchAllTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();
    private static final LocalDate DAY = LocalDate.parse("2020-06-01");

    private Determination jp(String to, EndUse use, String hs, EndUserFinding endUser, boolean informed) {
        return engine.determine(new ExportRequest("JP", to, null, null, hs, DAY, use, endUser, informed));
    }

    @Test
    void groupADestinationsAreExemptWhateverTheEndUse() {
        assertThat(jp("US", EndUse.WMD, null, null, true).licenceRequired()).isFalse();
    }

    @Test
    void informRequirementCatchesACivilExportToANonGroupADestination() {
        Determination d = jp("TH", EndUse.CIVIL, null, null, true);
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.catchAll()).isTrue();
        assertThat(d.trace()).anyMatch(s -> s.effect().contains("inform requirement"));
    }

    @Test
    void conventionalWeaponsEndUseIsCaughtOnlyForAppendedTable32Destinations() {
        assertThat(jp("TH", EndUse.CONVENTIONAL_WEAPONS, null, null, false).licenceRequired()).isFalse();
        assertThat(jp("SD", EndUse.CONVENTIONAL_WEAPONS, null, null, false).licenceRequired()).isTrue();
    }

    @Test
    void goodsOutsideTheCoveredHsChaptersAreNotCaught() {
        // Chapter 10 (cereals) is outside 25-40, 54-59, 63, 68-93, 95.
        assertThat(jp("CN", EndUse.WMD, "1001", null, false).licenceRequired()).isFalse();
        assertThat(jp("CN", EndUse.WMD, "8479", null, false).licenceRequired()).isTrue();
    }

    @Test
    void aListedEndUserMeetsTheObjectiveRequirement() {
        EndUserFinding listed = new EndUserFinding("China Academy of Engineering Physics", true, "meti:101",
                "METI End User List", "all tokens exact");
        Determination d = jp("CN", EndUse.CIVIL, null, listed, false);
        assertThat(d.catchAll()).isTrue();
        assertThat(d.trace()).anyMatch(s -> s.effect().contains("meti:101"));
        assertThat(jp("CN", EndUse.CIVIL, null, EndUserFinding.notListed("Acme", "METI"), false).licenceRequired())
                .isFalse();
    }

    @Test
    void aCasNumberOnTheListMakesTheGoodListed() {
        Determination d = engine.determine(new ExportRequest("JP", "KR", null, "7664-39-3", null,
                LocalDate.parse("2019-07-10"), EndUse.CIVIL, null, false));
        assertThat(d.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(d.reviewDays()).isEqualTo(90);
    }

    @Test
    void anotherSubstanceUnder1C350EscapesTheThreeItemMeasure() {
        Determination d = engine.determine(new ExportRequest("JP", "KR", "1C350", "7647-01-0", null,
                LocalDate.parse("2019-07-10"), EndUse.CIVIL, null, false));
        assertThat(d.licenceOptions()).contains("GENERAL_BULK");
    }

    private Determination krConventional(String to, String day) {
        return engine.determine(new ExportRequest("KR", to, null, null, "8479", LocalDate.parse(day),
                EndUse.CONVENTIONAL_WEAPONS, null, false));
    }

    @Test
    void koreanConventionalCatchAllBeforeItsUncertainStartIsNotApplied() {
        Determination d = krConventional("CN", "2020-03-17");
        assertThat(d.licenceRequired()).isFalse();
        assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(d.trace()).anyMatch(s -> s.rule().equals("KR-SITUATION-CONVENTIONAL")
                && s.effect().contains("not in force yet") && s.source().contains("law.go.kr"));
    }

    @Test
    void koreanConventionalCatchAllInsideItsWindowAppliesConservativelyAndUncertainly() {
        for (String day : new String[] {"2020-03-18", "2020-06-01", "2020-09-18"}) {
            Determination d = krConventional("CN", day);
            assertThat(d.licenceRequired()).as(day).isTrue();
            assertThat(d.catchAll()).isTrue();
            assertThat(d.confidence()).as(day).isEqualTo(Confidence.UNCERTAIN);
            assertThat(d.trace()).anyMatch(s -> s.effect().startsWith("UNCERTAIN") && s.effect().contains("[2020-03-18, 2020-09-19)")
                    && s.source().contains("newspim"));
        }
    }

    @Test
    void koreanConventionalCatchAllAfterItsWindowIsConfirmed() {
        Determination d = krConventional("RU", "2021-03-01");
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(krConventional("RU", "2020-09-19").confidence()).isEqualTo(Confidence.CONFIRMED);
        // A civil end use inside the window is not caught, and the doubt does not touch the answer.
        Determination civil = engine.determine(new ExportRequest("KR", "RU", null, null, "8479",
                LocalDate.parse("2020-06-01"), EndUse.CIVIL, null, false));
        assertThat(civil.licenceRequired()).isFalse();
        assertThat(civil.confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void koreanKnownWmdEndUseReachesGaDestinationsAsCheckButSuspicionDoesNot() {
        Determination known = engine.determine(new ExportRequest("KR", "DE", null, null, null, DAY, EndUse.WMD, null, false));
        assertThat(known.licenceRequired()).isTrue();
        assertThat(known.confidence()).isEqualTo(Confidence.CHECK);
        Determination outsideGa = engine.determine(new ExportRequest("KR", "CN", null, null, null, DAY, EndUse.WMD, null, false));
        assertThat(outsideGa.confidence()).isEqualTo(Confidence.CONFIRMED);
        EndUserFinding listed = new EndUserFinding("Some Lab", true, "x:1", "test list", "exact");
        assertThat(engine.determine(new ExportRequest("KR", "DE", null, null, null, DAY, EndUse.CIVIL, listed, false))
                .licenceRequired()).as("suspicion alone, Ga destination").isFalse();
        assertThat(engine.determine(new ExportRequest("KR", "CN", null, null, null, DAY, EndUse.CIVIL, listed, false))
                .licenceRequired()).as("suspicion alone, outside Ga").isTrue();
        assertThat(engine.determine(new ExportRequest("KR", "DE", null, null, null, DAY, EndUse.CIVIL, null, true))
                .licenceRequired()).as("informed, Ga destination").isTrue();
    }

    @Test
    void badRequestsNameTheField() {
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("XX", "KR", null, DAY)))
                .isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("JP", "JP", null, DAY)))
                .extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("JP", "KR", "3C0", DAY)))
                .extracting("field").isEqualTo("item");
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("JP", "KR", null, LocalDate.parse("2018-12-31"))))
                .extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> jp("CN", EndUse.WMD, "12x", null, false))
                .extracting("field").isEqualTo("hs");
    }
}
