package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeDataException;
import dev.clearance.regime.SanctionsMeasure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad sanctions data is refused with the file and the path inside it; good data keeps every field. */
class SanctionsLoaderTest {
    private static final String GOOD = """
            jurisdiction: XX
            source: test
            measures:
              - code: BAN
                title: a ban
                from: 2022-02-26
                destinations: [RU]
                items: {kind: listed, lists: [NSG]}
                effect: prohibited
                derogations:
                  - {text: humanitarian, authority: the ministry, source: test}
                source: test
              - code: HS
                title: goods by HS
                status: CHECK
                destinations: [RU, BY]
                items: {kind: hs, hs: ["84", "8542"], held: false, bounded: false, list: Annex VII}
                endUses: [conventional-weapons]
                effect: licence
                policy: denial
                source: test
              - {code: OTHER, title: o, destinations: [IR], items: {kind: all}, effect: authority, authority: OFAC, authorisation: OFAC_LICENCE, source: test}
            """;

    private static List<SanctionsMeasure> parse(String yaml) {
        return SanctionsLoader.parse("sanctions/xx.yaml", yaml.getBytes(StandardCharsets.UTF_8), "XX");
    }

    private static void refused(String yaml, String path, String words) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("sanctions/xx.yaml").hasMessageContaining(path).hasMessageContaining(words);
    }

    @Test
    void goodDataKeepsEveryField() {
        List<SanctionsMeasure> m = parse(GOOD);
        assertThat(m).hasSize(3);
        assertThat(m.get(0).effect()).isEqualTo(SanctionsMeasure.Effect.PROHIBITED);
        assertThat(m.get(0).items().lists()).containsExactly("NSG");
        assertThat(m.get(0).derogations()).singleElement().satisfies(d -> assertThat(d.authority()).isEqualTo("the ministry"));
        assertThat(m.get(1).policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(m.get(1).status()).isEqualTo(SanctionsMeasure.Status.CHECK);
        assertThat(m.get(1).items().held()).isFalse();
        assertThat(m.get(1).items().bounded()).isFalse();
        assertThat(m.get(0).period().from()).isEqualTo(java.time.LocalDate.of(2022, 2, 26));
        assertThat(m.get(1).period().from()).isNull();
        assertThat(m.get(2).authorisation()).isEqualTo("OFAC_LICENCE");
    }

    @Test
    void aWorldwideMeasureKeepsItsExceptionsAndItsHeadquartersScope() {
        SanctionsMeasure m = parse(GOOD.replace("destinations: [RU]\n", "worldwide: true\n"
                + "    except: {destinations: [CN], groups: [\"D:5\"], unlessIn: [IL, \"A:6\"]}\n"
                + "    headquarters: {destinations: [MO], groups: [\"D:5\"]}\n")
                .replace("lists: [NSG]", "reasons: [NP, MT]")).get(0);
        assertThat(m.worldwide()).isTrue();
        assertThat(m.except().countries()).containsExactly("CN");
        assertThat(m.except().groups()).containsExactly("D:5");
        assertThat(m.exceptUnless().countries()).containsExactly("IL");
        assertThat(m.exceptUnless().groups()).containsExactly("A:6");
        assertThat(m.headquarters().countries()).containsExactly("MO");
        assertThat(m.items().reasons()).containsExactly("NP", "MT");
        assertThat(m.describe()).contains("every destination except CN, group D:5 (unless also in IL, group A:6)")
                .contains("headquartered (or whose ultimate parent is) in MO, group D:5");
    }

    @Test
    void badDataIsRefusedNamingItsPlace() {
        refused(GOOD.replace("effect: prohibited", "effect: forbidden"), "measures[0].effect", "expected prohibited");
        refused(GOOD.replace("effect: prohibited", "effect: prohibited\n    policy: denial"), "measures[0].policy",
                "only a licence measure");
        refused(GOOD.replace("kind: listed, lists: [NSG]", "kind: listed, lists: [XYZ]"), "measures[0].items.lists",
                "XYZ");
        refused(GOOD.replace("destinations: [RU]\n", "destinations: [RX]\n"), "measures[0].destinations", "RX");
        refused(GOOD.replace("hs: [\"84\", \"8542\"]", "hs: [\"8A\"]"), "measures[1].items.hs", "not an HS code");
        refused(GOOD.replace("authorisation: OFAC_LICENCE, ", ""), "measures[2].authorisation", "names the authority");
        refused(GOOD.replace("    source: test\n  - code: HS", "  - code: HS"), "measures[0].source", "missing");
        refused(GOOD.replace("status: CHECK", "status: MAYBE"), "measures[1].status", "UNCONFIRMED");
        refused(GOOD.replace("endUses: [conventional-weapons]", "endUses: [piracy]"), "measures[1].endUses", "piracy");
        refused(GOOD.replace("title: a ban", "title: a ban\n    colour: red"), "measures[0].colour", "unknown field");
        refused(GOOD.replace("jurisdiction: XX", "jurisdiction: YY"), "jurisdiction", "not XX");
        refused(GOOD.replace("kind: all}", "kind: all, reasons: [NS]}"), "measures[2].items.entries",
                "only a listed scope names entries, lists or reasons");
        refused(GOOD.replace("lists: [NSG]", "reasons: [ns]"), "measures[0].items.reasons", "not a reason for control");
        refused(GOOD.replace("destinations: [RU]\n", "destinations: [RU]\n    worldwide: true\n"), "measures[0].worldwide",
                "names no destination");
        refused(GOOD.replace("destinations: [RU]\n", "worldwide: true\n    except: {unlessIn: [\"A:5\"]}\n"),
                "measures[0].except.groups", "at least one");
        refused(GOOD.replace("destinations: [RU]\n", "destinations: [RU]\n    headquarters: {destinations: [QQ]}\n"),
                "measures[0].headquarters.destinations", "QQ");
        refused(GOOD + "  - {code: BAN, title: again, destinations: [RU], items: {kind: all}, effect: prohibited, source: t}\n",
                "measures[3].code", "duplicate");
    }

    @Test
    void theBundledFilesLoadAndEveryMeasureHasItsSource() {
        for (Regime r : RegimeData.bundled().all()) {
            assertThat(r.sanctions()).as(r.jurisdiction()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.source()).isNotBlank();
                m.derogations().forEach(d -> assertThat(d.source()).isNotBlank());
            });
            assertThat(r.changeDays()).as("sanctions dates are change days")
                    .containsAll(r.sanctions().stream().map(m -> m.period().from())
                            .filter(d -> d != null && r.coverage().contains(d)).toList());
        }
    }
}
