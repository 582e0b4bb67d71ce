package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.Membership;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeDataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad regime data is refused with the file and the path inside it. */
class RegimeLoaderTest {
    private static final String GOOD = """
            jurisdiction: XX
            name: Test regime
            coverage: {from: 2019-01-01}
            source: test
            listControl: {rule: all listed, source: test, categories: {"3": row 7}}
            entries:
              - {code: 3C002, title: Resist, source: test}
            groups:
              - code: A
                name: Group A
                source: test
                members:
                  - {countries: [US, NO], from: 2019-01-01, source: test}
              - {code: C, name: Others, residualOf: [A], source: test}
            licenceTypes:
              - {code: BULK, name: Bulk, rank: 1, scope: listed, groups: [A], source: test}
              - {code: INDIVIDUAL, name: Individual, rank: 9, source: test}
            measures:
              - {code: M, title: m, items: [{entry: 3C002}], destinations: [KR], from: 2019-07-04, allowedLicences: [INDIVIDUAL], source: test}
            processing:
              - {licence: INDIVIDUAL, group: C, reviewDays: 15, source: test}
            """;

    private static Regime parse(String yaml) {
        return RegimeLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String yaml, String path, String words) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(RegimeDataException.class)
                .satisfies(e -> {
                    RegimeDataException r = (RegimeDataException) e;
                    assertThat(r.file()).isEqualTo("test.yaml");
                    assertThat(r.path()).isEqualTo(path);
                    assertThat(r.getMessage()).contains(words);
                });
    }

    @Test
    void goodDataLoadsAndNorwayStaysACountry() {
        Regime r = parse(GOOD);
        assertThat(r.group("A").orElseThrow().members()).extracting(Membership::country).containsExactly("US", "NO");
        assertThat(r.version()).hasSize(12);
    }

    @Test
    void overlappingMembershipsAreRefused() {
        refused(GOOD.replace("- {countries: [US, NO], from: 2019-01-01, source: test}",
                "- {countries: [US], from: 2019-01-01, source: test}\n      - {countries: [US], from: 2020-01-01, to: 2021-01-01, source: t}"),
                "groups[0].members[1].countries[0]", "overlaps");
    }

    @Test
    void unknownCountryCodesAreRefused() {
        refused(GOOD.replace("[US, NO]", "[US, XY]"), "groups[0].members[0].countries[1]", "'XY'");
    }

    @Test
    void unknownEntriesInMeasuresAreRefused() {
        refused(GOOD.replace("{entry: 3C002}", "{entry: 3C009}"), "measures[0].items[0].entry", "unknown control entry");
    }

    @Test
    void danglingGroupAndLicenceReferencesAreRefused() {
        refused(GOOD.replace("groups: [A]", "groups: [Z]"), "licenceTypes[0].groups[0]", "unknown group 'Z'");
        refused(GOOD.replace("allowedLicences: [INDIVIDUAL]", "allowedLicences: [SPECIAL]"),
                "measures[0].allowedLicences[0]", "unknown licence type");
        refused(GOOD.replace("residualOf: [A]", "residualOf: [Q]"), "groups[1].residualOf[0]", "unknown group");
    }

    @Test
    void typosInFieldNamesAndBadDatesAreRefused() {
        refused(GOOD.replace("{countries: [US, NO], from:", "{countries: [US, NO], form:"),
                "groups[0].members[0].form", "unknown field");
        refused(GOOD.replace("from: 2019-07-04", "from: 2019-13-04"), "measures[0].from", "not a date");
        refused(GOOD.replace("from: 2019-07-04", "from: 2019-07-04, to: 2019-07-01"), "measures[0].to", "after from");
        refused(GOOD.replace("code: 3C002,", "code: 3C2,"), "entries[0].code", "not a control-list code");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> parse("jurisdiction: XX\nname: [unclosed\n"))
                .isInstanceOf(RegimeDataException.class).hasMessageContaining("test.yaml").hasMessageContaining("line");
    }
}
