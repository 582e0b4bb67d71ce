package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Sanctions answers through the command line's JSON contract: a measure limited to a region decides once the region
 * is given, a measure reaching Country Group D:5 reaches a member of it, and each cites its measure with its source.
 */
class SanctionsCliTest {
    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.status()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode step(JsonNode j, String rule) {
        for (JsonNode s : j.get("trace")) {
            if (s.get("rule").asText().equals(rule)) {
                return s;
            }
        }
        throw new AssertionError("no trace step " + rule + " in " + j.get("trace"));
    }

    @Test
    void annexIiGoodsToCrimeaAreProhibitedWithTheMeasureAndItsDerogationsCited() throws Exception {
        JsonNode j = json("determine", "--from", "DE", "--to", "UA", "--region", "Crimea", "--item", "NONE", "--hs", "854231",
                "--date", "2024-06-03", "--json");
        assertThat(j.get("prohibited").asBoolean()).isTrue();
        assertThat(j.get("licenceOptions")).isEmpty();
        assertThat(j.get("confidence").asText()).isEqualTo("check");
        JsonNode measure = step(j, "EU-692-2014-CRIMEA-ANNEX-II");
        assertThat(measure.get("effect").asText()).startsWith("Prohibited");
        assertThat(measure.get("source").asText()).contains("692/2014");
        assertThat(step(j, "derogation EU-692-2014-CRIMEA-ANNEX-II").get("effect").asText()).startsWith("CHECK");
        JsonNode kyiv = json("determine", "--from", "DE", "--to", "UA", "--region", "UA-30", "--item", "NONE", "--hs", "854231",
                "--date", "2024-06-03", "--json");
        assertThat(kyiv.get("prohibited").asBoolean()).isFalse();
    }

    @Test
    void semiconductorEquipmentDevelopmentInAD5CountryNeedsALicence() throws Exception {
        JsonNode j = json("determine", "--from", "US", "--to", "CN", "--item", "3B001", "--end-use",
                "semiconductor-equipment", "--date", "2026-08-03", "--json");
        assertThat(j.get("licenceRequired").asBoolean()).isTrue();
        assertThat(j.get("confidence").asText()).isEqualTo("check");
        JsonNode measure = step(j, "§744.23(a)(4)-SEMICONDUCTOR-EQUIPMENT");
        assertThat(measure.get("effect").asText()).startsWith("licence required");
        assertThat(measure.get("source").asText()).contains("D:5");
    }

    @Test
    void whereTheEndUserIsHeadquarteredDecidesTheAdvancedComputingRuleAndItsAbsenceIsCheck() throws Exception {
        String[] base = {"determine", "--from", "US", "--to", "SG", "--item", "5A992.z.2", "--date", "2026-08-03", "--json"};
        JsonNode cn = json(concat(base, "--headquarters", "sg,CN"));
        assertThat(cn.get("licenceRequired").asBoolean()).isTrue();
        assertThat(step(cn, "§744.23(a)(3)(i)-ADVANCED-COMPUTING-HQ").get("effect").asText()).startsWith("licence required");
        JsonNode unknown = json(base);
        assertThat(unknown.get("licenceRequired").asBoolean()).isFalse();
        assertThat(unknown.get("confidence").asText()).isEqualTo("check");
        assertThat(step(unknown, "§744.23(a)(3)(i)-ADVANCED-COMPUTING-HQ").get("effect").asText())
                .contains("does not say where the end user is headquartered");
        CliRun bad = CliRun.of(concat(base, "--headquarters", "ZZ"));
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--headquarters");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
