package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.DeMinimisRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A regime's de minimis rule is its data: read with its levels and groups, refused where it is wrong. */
class DeMinimisReaderTest {
    private static final String REGIME = """
            jurisdiction: XX
            name: Test regime
            coverage: {from: 2019-01-01}
            source: test
            groups:
              - {code: A, name: Group A, source: test, members: [{countries: [NO], from: 2019-01-01, source: test}]}
              - {code: B, name: Group B, source: test, members: [{countries: [IS], from: 2019-01-01, source: test}]}
            deMinimis: {law: XR, level: %s, lowerLevel: %s, lowerGroups: [%s], source: test rule}
            """;

    private static Regime parse(String level, String lower, String groups) {
        return RegimeLoader.parse("test.yaml", REGIME.formatted(level, lower, groups).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRuleIsReadAsWritten() {
        DeMinimisRule rule = parse("30", "12.5", "B, A").deMinimis().orElseThrow();
        assertThat(rule.law()).isEqualTo("XR");
        assertThat(rule.level()).isEqualByComparingTo("30");
        assertThat(rule.lowerLevel()).isEqualByComparingTo("12.5");
        assertThat(rule.lowerGroups()).containsExactly("B", "A");
        assertThat(rule.source()).isEqualTo("test rule");
    }

    @Test
    void aRegimeWithoutOneHasNone() {
        String yaml = REGIME.substring(0, REGIME.indexOf("deMinimis"));
        assertThat(RegimeLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)).deMinimis()).isEmpty();
    }

    @Test
    void anUnknownGroupALowerLevelAboveTheLevelAndANonPercentageAreRefusedByField() {
        assertThatThrownBy(() -> parse("25", "10", "Z")).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("deMinimis.lowerGroups").hasMessageContaining("unknown group 'Z'");
        assertThatThrownBy(() -> parse("10", "25", "A")).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("deMinimis.lowerLevel").hasMessageContaining("not be above");
        assertThatThrownBy(() -> parse("many", "10", "A")).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("deMinimis.level").hasMessageContaining("percentage");
        assertThatThrownBy(() -> parse("100", "10", "A")).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("deMinimis.level");
    }
}
