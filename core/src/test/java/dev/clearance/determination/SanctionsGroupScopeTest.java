package dev.clearance.determination;

import dev.clearance.regime.read.RegimeData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.SanctionsLoader;
import dev.clearance.regime.SanctionsMeasure;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A measure's destination scope may name groups of its regime (Japan's Group A, a residual group such as C): it
 * reaches a country in the group on the request's day, read from the group's members (or, for a residual group, from
 * the country's standing), and no other.
 */
class SanctionsGroupScopeTest {
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);
    private final Regime jp = RegimeData.bundled().require("JP");
    private final LocalDate day = LocalDate.parse("2024-06-03");

    private Regime with(String group) {
        String yaml = """
                jurisdiction: JP
                source: test
                measures:
                  - {code: GROUP-TEST, title: "a test measure by group", groups: ["%s"], items: {kind: all},
                     effect: prohibited, source: test}
                """.formatted(group);
        return jp.withSanctions(SanctionsLoader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), jp), "test");
    }

    private boolean reached(Regime regime, String to) {
        Determination x = engine.determine(regime, new ExportRequest("JP", to, null, null, "0901", day, EndUse.CIVIL,
                null, false));
        return x.trace().stream().anyMatch(s -> s.rule().equals("GROUP-TEST")) && x.prohibited();
    }

    @Test
    void aGroupReachesItsMembersOnTheDayAndNoOneElse() {
        CountryGroup a = jp.group("A").orElseThrow();
        Regime regime = with("A");
        SanctionsMeasure m = regime.sanctions().get(0);
        assertThat(m.describeDestinations()).isEqualTo("group A");
        for (String member : a.membersOn(day)) {
            if (!member.endsWith("?")) {
                assertThat(reached(regime, member)).as(member).isTrue();
            }
        }
        assertThat(a.membersOn(day)).doesNotContain("CN");
        assertThat(reached(regime, "CN")).isFalse();
    }

    @Test
    void aResidualGroupReachesTheCountriesInNoneOfItsGroups() {
        CountryGroup residual = jp.groups().stream().filter(CountryGroup::isResidual).findFirst().orElseThrow();
        Regime regime = with(residual.code());
        for (String to : new String[] {"CN", "US", "TH", "KP"}) {
            boolean inResidual = jp.standing(to, day).groups().contains(residual.code());
            assertThat(reached(regime, to)).as(to + " in " + residual.code() + ": " + inResidual).isEqualTo(inResidual);
        }
    }
}
