package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The regime data's list rules and licence-type conditions load, and bad ones are refused naming their place. */
class ListRulesLoaderTest {
    private static final String BASE = """
            jurisdiction: XX
            name: Test regime
            coverage: {from: 2019-01-01}
            source: test
            listControl: {rule: all listed, source: test, categories: {"3": row 7}}
            groups:
              - code: B
                name: Group B
                source: test
                members:
                  - {countries: [NO], from: 2019-01-01, source: test}
            licenceTypes:
              - {code: LVS, name: Limited value, rank: 1, scope: listed, groups: [B], entryFlag: LVS, valueLimit: true, overcomes: [NS], restricted: true, source: test}
              - {code: LICENSE, name: Licence, rank: 9, source: test}
            """;
    private static final String RULES = """
            listRules:
              entryLabel: ECCN
              unlisted: EAR99
              endUserRules:
                - {code: EL, lists: [BIS Entity List], text: t, source: s}
              endUseRules:
                - {code: EU, endUses: [wmd], check: true, text: t, source: s}
              exceptionRestrictions:
                - {code: R1, when: embargo, text: t, source: s}
                - {code: R2, when: end-use, endUse: wmd, text: t, source: s}
            """;

    private static Regime parse(String yaml) {
        return RegimeLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String yaml, String path, String words) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(RegimeDataException.class).satisfies(e -> {
            RegimeDataException r = (RegimeDataException) e;
            assertThat(r.path()).isEqualTo(path);
            assertThat(r.getMessage()).contains(words);
        });
    }

    @Test
    void rulesAndConditionsLoad() {
        Regime r = parse(BASE + RULES);
        LicenceType lvs = r.licenceTypes().get(0);
        assertThat(lvs.entryFlag()).isEqualTo("LVS");
        assertThat(lvs.valueLimit()).isTrue();
        assertThat(lvs.overcomes()).containsExactly("NS");
        assertThat(lvs.restricted()).isTrue();
        assertThat(r.licenceTypes().get(1).restricted()).isFalse();
        assertThat(r.rules().unlisted()).isEqualTo("EAR99");
        assertThat(r.rules().endUserRules().get(0).covers("bis entity list")).isTrue();
        assertThat(r.rules().endUserRules().get(0).covers("OFAC SDN")).isFalse();
        assertThat(r.rules().endUseRules().get(0).endUses()).containsExactly("wmd");
        assertThat(r.rules().restrictions()).extracting(ExceptionRestriction::when)
                .containsExactly(ExceptionRestriction.When.EMBARGO, ExceptionRestriction.When.END_USE);
    }

    @Test
    void badRulesAreRefusedNamingTheirPlace() {
        refused(BASE, "licenceTypes", "restricted but the file gives no listRules");
        refused(BASE + RULES.replace("when: embargo", "when: sometimes"), "listRules.exceptionRestrictions[0].when",
                "expected embargo");
        refused(BASE + RULES.replace("endUses: [wmd]", "endUses: [peaceful]"), "listRules.endUseRules[0].endUses[0]",
                "unknown end use");
        refused(BASE + RULES.replace("lists: [BIS Entity List]", "lists: []"), "listRules.endUserRules[0].lists",
                "at least one list");
        refused(BASE + RULES.replace("entryLabel: ECCN", "entryLable: ECCN"), "listRules.entryLable", "unknown field");
    }
}
