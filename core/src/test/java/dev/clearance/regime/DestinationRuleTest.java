package dev.clearance.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Destination rules: the compact form round-trips, and each kind decides as its words say. */
class DestinationRuleTest {
    private static final Predicate<String> NONE = g -> false;

    @Test
    void theCompactFormRoundTrips() {
        for (String spec : List.of("*", "*~CA", "CN,HK,RU,VE", "MO,D:5", "AE,D:1,D:4,D:5~A:5,A:6", "KP", "IQ,PK")) {
            assertThat(DestinationRule.parse(spec, "t").spec()).isEqualTo(spec);
        }
    }

    @Test
    void eachKindDecidesAsItsWordsSay() {
        assertThat(DestinationRule.chart("NS2").requires("CN", Set.of("NS2"), NONE)).isTrue();
        assertThat(DestinationRule.chart("NS2").requires("FR", Set.of("NS1"), NONE)).isFalse();
        assertThat(DestinationRule.parse("*~CA", "t").requires("FR", Set.of(), NONE)).isTrue();
        assertThat(DestinationRule.parse("*~CA", "t").requires("CA", Set.of(), NONE)).isFalse();
        DestinationRule uae = DestinationRule.parse("AE,D:1,D:4,D:5~A:5,A:6", "t");
        assertThat(uae.requires("AE", Set.of(), NONE)).isTrue();
        assertThat(uae.requires("XX", Set.of(), g -> g.equals("D:1"))).isTrue();
        assertThat(uae.requires("XX", Set.of(), g -> g.equals("D:1") || g.equals("A:6"))).isFalse();
        assertThat(uae.requires("FR", Set.of(), NONE)).isFalse();
        assertThat(DestinationRule.every(List.of(), List.of("EU"), "").requires("FR", Set.of(), g -> g.equals("EU"))).isFalse();
        assertThat(DestinationRule.unread("See § 746.1(b)").requires("FR", Set.of("NS1"), NONE)).isNull();
    }
}
