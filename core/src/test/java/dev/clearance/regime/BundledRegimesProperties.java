package dev.clearance.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The bundled data never puts a country twice in one group on one day, and every fact has a source. */
class BundledRegimesProperties {

    @Property(tries = 300)
    void noCountryIsTwiceInOneGroupOnAnyDay(@ForAll("days") LocalDate day) {
        for (Regime r : RegimeData.bundled().all()) {
            for (CountryGroup g : r.groups()) {
                long members = g.members().stream().filter(m -> m.period().contains(day)).count();
                long distinct = g.members().stream().filter(m -> m.period().contains(day))
                        .map(Membership::country).distinct().count();
                assertThat(members).as("%s %s on %s", r.jurisdiction(), g.code(), day).isEqualTo(distinct);
            }
        }
    }

    @Property(tries = 100)
    void everyFactInForceCarriesASource(@ForAll("days") LocalDate day) {
        for (Regime r : RegimeData.bundled().all()) {
            assertThat(RegimeView.facts(r, day)).allSatisfy(f -> assertThat(f.source()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3000).map(n -> LocalDate.parse("2019-01-01").plusDays(n));
    }
}
