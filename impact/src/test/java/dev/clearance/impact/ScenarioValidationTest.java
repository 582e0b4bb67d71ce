package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.RegimeDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad scenario input is refused with an error naming the file and the path inside it. */
class ScenarioValidationTest {
    private static final String GOOD = "  - {kind: move-country, country: KR, leave: B, join: A, from: 2020-01-01, source: s}\n"
            + "  - {kind: lift-measure, measure: JP-2019-07-04-KR-THREE-ITEMS, from: 2020-01-01, source: s}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level field | colour: red                                                                                     | 'scenario.yaml: colour: unknown field'
            unknown field in change | changes: [{kind: move-country, country: KR, join: A, from: 2020-01-01, source: s, colour: red}] | 'scenario.yaml: changes[0].colour: unknown field'
            bad country             | changes: [CHANGES {kind: move-country, country: XX, join: A, from: 2020-01-01, source: s}]   | 'scenario.yaml: changes[2].country: unknown ISO 3166-1 alpha-2 country code ''XX'''
            unknown group           | changes: [{kind: move-country, country: KR, join: Z, from: 2020-01-01, source: s}]         | 'scenario.yaml: changes[0].join: unknown group ''Z'''
            residual group          | changes: [{kind: move-country, country: KR, join: C, from: 2020-01-01, source: s}]         | 'scenario.yaml: changes[0].join: group C holds every country not in A, B, D'
            not a member            | changes: [{kind: move-country, country: CN, leave: A, from: 2020-01-01, source: s}]        | 'scenario.yaml: changes[0].leave: CN is not in A on or after 2020-01-01'
            bad date                | changes: [{kind: move-country, country: KR, join: A, from: 2020-02-30, source: s}]         | 'scenario.yaml: changes[0].from: not a date'
            to before from          | changes: [{kind: change-processing, licence: INDIVIDUAL, from: 2021-01-01, to: 2020-01-01, reviewDays: 3, source: s}] | 'scenario.yaml: changes[0].to: must be after from'
            unknown kind            | changes: [{kind: teleport, country: KR, source: s}]                                       | 'scenario.yaml: changes[0].kind: expected one of'
            no source               | changes: [{kind: move-country, country: KR, join: A, from: 2020-01-01}]                   | 'scenario.yaml: changes[0].source: required'
            unknown measure         | changes: [{kind: lift-measure, measure: NOPE, from: 2020-01-01, source: s}]              | 'scenario.yaml: changes[0].measure: unknown measure ''NOPE'''
            unknown licence         | changes: [{kind: change-processing, licence: MAGIC, from: 2020-01-01, reviewDays: 3, source: s}] | 'scenario.yaml: changes[0].licence: unknown licence type ''MAGIC'''
            unknown entry           | changes: [{kind: add-measure, code: X, title: t, items: [{entry: 9Z999}], destinations: [CN], from: 2020-01-01, allowedLicences: [INDIVIDUAL], source: s}] | 'scenario.yaml: changes[0].items[0].entry: not a control entry'
            negative review days    | changes: [{kind: change-processing, licence: INDIVIDUAL, from: 2020-01-01, reviewDays: -3, source: s}] | 'scenario.yaml: changes[0].reviewDays: must not be negative'
            """)
    void badInputNamesFileAndPath(String what, String body, String message) {
        String changes = body.contains("CHANGES ") ? body.replace("CHANGES ", "\n" + GOOD + "  - ").replace("changes: [", "changes:")
                .replaceAll("}]$", "}") : body;
        String yaml = "jurisdiction: JP\ntitle: bad\n" + changes + "\n";
        assertThatThrownBy(() -> ScenarioImpactTest.scenario(yaml)).as(what)
                .isInstanceOf(RegimeDataException.class).hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'jurisdiction: XX\ntitle: t\n'              | 'scenario.yaml: jurisdiction: no regime for ''XX'''
            'jurisdiction: JP\n'                        | 'scenario.yaml: title: required text is missing'
            'jurisdiction: JP\ntitle: t\nchanges: 3\n'  | 'scenario.yaml: changes: expected a list'
            '- a list\n'                                | 'scenario.yaml: expected a mapping at the top level'
            'jurisdiction: [JP\n'                       | 'scenario.yaml: not valid YAML'
            """)
    void badTopLevelsNameTheFile(String yaml, String message) {
        assertThatThrownBy(() -> ScenarioImpactTest.scenario(yaml.replace("\\n", "\n")))
                .isInstanceOf(RegimeDataException.class).hasMessageStartingWith(message);
    }
}
