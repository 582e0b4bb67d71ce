package dev.clearance.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.application.lists.ListCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The message catalogues of the server: the web UI's (i18n/en.json, ja.json, ko.json) and the screening caveats'
 * (warnings*.properties). Every key is in every language, with the same placeholders; every regime term has a source;
 * the English caveats are the words the API has always given.
 */
class CataloguesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theWebCataloguesHaveEveryKeyWithTheSamePlaceholders() throws IOException {
        JsonNode en = web("en").path("messages");
        assertThat(en.size()).isGreaterThan(400);
        for (String lang : List.of("ja", "ko")) {
            JsonNode other = web(lang).path("messages");
            assertThat(names(other)).as(lang + " keys").isEqualTo(names(en));
            for (Iterator<String> it = en.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                assertThat(placeholders(other.path(key).asText(), "\\{\\w+}")).as(lang + " " + key)
                        .isEqualTo(placeholders(en.path(key).asText(), "\\{\\w+}"));
                assertThat(other.path(key).asText()).as(lang + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyRegimeTermHasItsSource() throws IOException {
        for (String lang : List.of("ja", "ko")) {
            JsonNode terms = web(lang).path("terms");
            assertThat(terms.size()).as(lang + " terms").isGreaterThan(5);
            terms.fields().forEachRemaining(e -> {
                assertThat(e.getValue().path("text").asText()).as(lang + " " + e.getKey()).isNotBlank();
                assertThat(e.getValue().path("source").asText()).as(lang + " " + e.getKey() + " source").isNotBlank();
            });
        }
    }

    @Test
    void theCaveatCataloguesHaveEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties en = warnings("");
        for (String lang : List.of("_ja", "_ko")) {
            Properties other = warnings(lang);
            assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(other.getProperty(key), "\\{\\d+}")).as(lang + " " + key)
                        .isEqualTo(placeholders(en.getProperty(key), "\\{\\d+}"));
            }
        }
    }

    @Test
    void theCaveatsAreWordedInTheLanguageAndEnglishStaysAsBefore() throws IOException {
        Instant at = Instant.parse("2026-12-01T00:00:00Z");
        ListCatalogue.CaveatWords english = ListWarnings.in(Locale.ENGLISH);
        assertThat(english).isSameAs(ListCatalogue.CaveatWords.ENGLISH);
        Properties en = warnings("");
        assertThat(english.refused("ofac", "v1"))
                .isEqualTo(en.getProperty("refused").replace("{0}", "ofac").replace("{1}", "v1"));
        assertThat(english.stale("ofac", "v1", at)).isEqualTo(en.getProperty("stale").replace("{0}", "ofac")
                .replace("{1}", "v1").replace("{2}", at.toString()));
        assertThat(ListWarnings.in(Locale.JAPANESE).refused("ofac", "v1")).contains("ofac", "v1", "拒否");
        assertThat(ListWarnings.in(Locale.KOREAN).stale("ofac", "v1", at)).contains("ofac", "v1", at.toString(), "오래");
        assertThat(ListWarnings.in(Locale.FRENCH)).isSameAs(ListCatalogue.CaveatWords.ENGLISH);
    }

    /**
     * Every trace step that carries a wording key, over a spread of determinations (listed and unlisted goods, catch-all
     * end uses, CAS numbers, HS codes, four regimes, embargoed and sanctioned destinations, days before and after the
     * 2019 measures): the English catalogue's trace.key filled with the step's values is the step's English effect,
     * word for word, and Japanese and Korean have the key with the same placeholders; a step's reasons (parts), each
     * filled from trace.why.key, join into its English {why}.
     */
    @Test
    void theDeMinimisFindingReadsInEnglishExactlyAsItsWhyAndIsWordedInJapaneseAndKorean() throws IOException {
        JsonNode en = web("en").path("messages");
        JsonNode ja = web("ja").path("messages");
        JsonNode ko = web("ko").path("messages");
        dev.clearance.determination.DeterminationEngine engine = dev.clearance.determination.DeterminationEngine.bundled();
        Set<String> keys = new TreeSet<>();
        for (String to : List.of("CN", "IR", "TH")) {
            for (String content : List.of("5", "15", "30")) {
                var r = new dev.clearance.determination.ExportRequest("DE", to, "3A001", null, null,
                        java.time.LocalDate.parse("2026-08-01"), dev.clearance.determination.EndUse.CIVIL, null, false);
                var f = dev.clearance.determination.DeMinimis.answer(engine, r, new java.math.BigDecimal(content))
                        .finding().view();
                String key = "trace." + f.key();
                assertThat(ja.has(key) && ko.has(key)).as(key + " in ja and ko").isTrue();
                String text = en.path(key).asText();
                for (var a : f.args().entrySet()) {
                    text = text.replace("{" + a.getKey() + "}", a.getValue());
                }
                assertThat(text).as(key).isEqualTo(f.why());
                keys.add(f.key());
            }
        }
        assertThat(keys).contains("deMinimisSubject", "deMinimisNotSubject", "deMinimisNotSubjectLower");
    }

    @Test
    void everyWordedTraceStepReadsInEnglishExactlyAsItsEffect() throws IOException {
        JsonNode en = web("en").path("messages");
        JsonNode ja = web("ja").path("messages");
        JsonNode ko = web("ko").path("messages");
        dev.clearance.determination.DeterminationEngine engine = dev.clearance.determination.DeterminationEngine.bundled();
        Set<String> keysSeen = new TreeSet<>();
        int steps = 0;
        for (String from : List.of("JP", "KR", "US", "DE")) {
            for (String to : List.of("KR", "JP", "CN", "KP", "RU", "IR", "US", "DE", "TW", "UA", "SS")) {
                if (from.equals(to)) {
                    continue;
                }
                for (String item : java.util.Arrays.asList(null, "2B001", "3C002", "3A001", "1C350", "5A002", "EAR99", "3A090")) {
                    for (String day : List.of("2019-06-01", "2019-09-01", "2023-08-01", "2026-09-01")) {
                        for (var use : uses(from, item)) {
                            for (int u = 0; u < END_USERS.size(); u++) {
                              // Ukraine with the regions its measures and footnotes name, one that only contains them
                              for (String region : to.equals("UA") ? java.util.Arrays.asList(null, "UA-43", "UA-14")
                                      : java.util.Collections.<String>singletonList(null)) {
                              // §744.23's rules for end users headquartered in D:5 or Macau: not said, there, elsewhere
                              for (List<String> hq : headquarters(from, item)) {
                                String cas = u % 2 == 0 ? null : "7664-39-3";
                                var r = new dev.clearance.determination.ExportRequest(from, to, item, cas,
                                        item == null ? "8471.30" : null, java.time.LocalDate.parse(day), use,
                                        END_USERS.get(u), false).withRegion(region).withHeadquarters(hq);
                                dev.clearance.determination.Determination d;
                                try {
                                    d = engine.determine(r);
                                } catch (RuntimeException e) {
                                    continue; // a combination the engine refuses (an unknown entry in that regime)
                                }
                                for (var s : d.trace()) {
                                    if (s.key() == null) {
                                        continue;
                                    }
                                    steps++;
                                    keysSeen.add(s.key());
                                    String key = "trace." + s.key();
                                    assertThat(en.has(key)).as(key).isTrue();
                                    assertThat(ja.has(key) && ko.has(key)).as(key + " in ja and ko").isTrue();
                                    String text = en.path(key).asText();
                                    for (var a : s.args().entrySet()) {
                                        text = text.replace("{" + a.getKey() + "}", a.getValue());
                                    }
                                    assertThat(text).as(key + " " + s.args()).isEqualTo(s.effect());
                                    List<String> reasons = new java.util.ArrayList<>();
                                    for (var part : s.parts()) {
                                        String partKey = "trace.why." + part.key();
                                        assertThat(en.has(partKey) && ja.has(partKey) && ko.has(partKey))
                                                .as(partKey + " in en, ja and ko").isTrue();
                                        String reason = en.path(partKey).asText();
                                        for (var a : part.args().entrySet()) {
                                            reason = reason.replace("{" + a.getKey() + "}", a.getValue());
                                        }
                                        reasons.add(reason);
                                        keysSeen.add("why." + part.key());
                                    }
                                    if (!s.parts().isEmpty()) {
                                        assertThat(String.join("; ", reasons)).as(key + " reasons").isEqualTo(s.args().get("why"));
                                    }
                                }
                              }
                              }
                            }
                        }
                    }
                }
            }
        }
        assertThat(steps).isGreaterThan(100);
        assertThat(keysSeen).contains("regimeApplied", "inGroups", "offeredOn", "reasonsForControl", "onNoList",
                "endUserProhibitedEffect", "endUserUnscreenedUnlisted", "endUserLicencePolicyEffect",
                "sanctionsProhibited", "sanctionsLicence", "derogation", "sanctionsNotApplying", "why.endUseOther",
                "notOfferedNotInGroups", "chartNeeds", "chartFree", "doubtfulMembership", "footnoteRegionYes",
                "measureOnlyOfficeReviewCas", "footnoteCheckNotedRegion", "why.headquartersNotGiven",
                "why.headquartersWithin", "why.regionNotGiven", "why.regionWithin", "why.regionHolds");
    }

    /** The end uses swept; a US export of an advanced-computing item also for semiconductor equipment (§744.23(a)(4)). */
    private static List<dev.clearance.determination.EndUse> uses(String from, String item) {
        List<dev.clearance.determination.EndUse> uses = new java.util.ArrayList<>(List.of(
                dev.clearance.determination.EndUse.CIVIL, dev.clearance.determination.EndUse.WMD,
                dev.clearance.determination.EndUse.UNKNOWN, dev.clearance.determination.EndUse.MILITARY_INTELLIGENCE));
        if (advancedComputing(from, item)) {
            uses.add(dev.clearance.determination.EndUse.SEMICONDUCTOR_EQUIPMENT);
        }
        return uses;
    }

    /**
     * Where the end user is headquartered: not said (every request), and for a US export of an advanced-computing
     * item also in China (D:5) and in Singapore and the US (outside D:5), so each wording of §744.23's rules is met.
     * (§744.23's rules reach every destination and say nothing where they do not apply, so "headquartered ... not
     * in" never stands in a trace: its key is checked only for being in every language.)
     */
    private static List<List<String>> headquarters(String from, String item) {
        return advancedComputing(from, item) ? java.util.Arrays.asList(null, List.of("CN"), List.of("SG", "US"))
                : java.util.Collections.singletonList(null);
    }

    private static boolean advancedComputing(String from, String item) {
        return from.equals("US") && "3A090".equals(item);
    }

    /** No end user, and listed ones: under each list effect, without one, and one not screened against a list. */
    private static final List<dev.clearance.determination.EndUserFinding> END_USERS = java.util.Arrays.asList(null,
            new dev.clearance.determination.EndUserFinding("Argut OOO", true, "x:1", "a list", "'Argut OOO' exact"),
            new dev.clearance.determination.EndUserFinding("Nobody", false, null, null, null, List.of("ofac")),
            finding("export-ban:JP"), finding("catch-all:JP"), finding("licence:US"), finding("blocking:US"),
            finding("export-ban:EU"), finding("screening:UN"));

    private static dev.clearance.determination.EndUserFinding finding(String effect) {
        return new dev.clearance.determination.EndUserFinding("Argut OOO", "meti:russia-3", "a list",
                "'Argut OOO' all tokens exact", dev.clearance.regime.ListEffect.parse(effect));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> placeholders(String text, String pattern) {
        return Pattern.compile(pattern).matcher(text).results().map(m -> m.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode web(String lang) throws IOException {
        try (InputStream in = CataloguesTest.class.getResourceAsStream("/web/i18n/" + lang + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static Properties warnings(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CataloguesTest.class.getResourceAsStream(
                "/dev/clearance/server/api/warnings" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
