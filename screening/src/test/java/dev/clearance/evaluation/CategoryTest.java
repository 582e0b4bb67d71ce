package dev.clearance.evaluation;

import dev.clearance.csv.CsvTable;
import dev.clearance.lists.EntityType;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories of issue 10 on fixtures of our own (src/test/resources/categories/categories.csv), made from
 * entries picked from the list snapshots by rule, not by hand-tuning: EU 833 Annex IV companies written from
 * their Cyrillic name with the legal form in five transliteration systems (GOST, passport, German, French,
 * ISO 9); organisation names with a common word abbreviated; Latin-script SDN names typed in Cyrillic letter
 * for letter; "F. M. Surname" with the year of birth; and unlisted companies of the semiconductor supply
 * chain with their legal forms (which must not alert). Share found in the top 5 at the default threshold
 * against UN, OFAC SDN, EU 269 and EU 833 (the lists of the measure).
 */
class CategoryTest {
    private record Case(String category, String expected, String query, String dob) { }

    private static final Map<String, int[]> FOUND = new LinkedHashMap<>();
    private static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void run() throws Exception {
        if (SharedScreeners.data() == null) {
            return;
        }
        // The lists of the held-out measure: UN, OFAC SDN, EU 269 and EU 833.
        java.nio.file.Path lists = SharedScreeners.data().resolve("lists");
        List<dev.clearance.lists.ListEntry> entries = new ArrayList<>();
        for (String spec : List.of("un-xml:un_consolidated_2025-11-20.xml", "ofac-csv:ofac_sdn_2024-07-02.csv",
                "eu-journal-csv:eu_reg_269_2014_consolidated.csv", "eu-journal-csv:eu_reg_833_2014_consolidated.csv")) {
            int colon = spec.indexOf(':');
            entries.addAll(dev.clearance.lists.ListSource.parse(spec.substring(0, colon + 1)
                    + lists.resolve(spec.substring(colon + 1))).load().entries());
        }
        Screener every = Screener.of(entries);
        for (Case c : cases()) {
            boolean person = c.category().equals("initials-with-year") || c.category().equals("cyrillic-letter-for-letter");
            Query q = new Query(c.category(), c.query(), null, person ? EntityType.PERSON : null,
                    c.dob().isEmpty() ? null : c.dob(), List.of());
            List<Match> hits = every.screen(q, Screener.DEFAULT_THRESHOLD, 5);
            boolean ok = c.expected().isEmpty() ? hits.isEmpty()
                    : hits.stream().anyMatch(m -> m.entry().id().matches(
                            java.util.regex.Pattern.quote(c.expected()).replace("*", "\\E.*\\Q")));
            int[] f = FOUND.computeIfAbsent(c.category(), k -> new int[2]);
            f[0] += ok ? 1 : 0;
            f[1]++;
            if (!ok) {
                MISSES.add(c.category() + ": " + c.query() + (hits.isEmpty() ? " (no hit)"
                        : " => " + hits.get(0).entry().id() + " " + hits.get(0).explanation().render()));
            }
        }
        FOUND.forEach((k, v) -> System.out.printf(Locale.ROOT, "category %-28s %d/%d = %.2f%n", k, v[0], v[1],
                (double) v[0] / v[1]));
        MISSES.forEach(m -> System.out.println("  " + m));
    }

    private static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (Reader r = new InputStreamReader(CategoryTest.class.getResourceAsStream("/categories/categories.csv"),
                StandardCharsets.UTF_8);
             CsvTable t = CsvTable.open("categories.csv", r, List.of("category", "expected_entry", "query", "dob"))) {
            for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                out.add(new Case(row.get("category"), row.get("expected_entry"), row.get("query"), row.get("dob")));
            }
        }
        return out;
    }

    /** Each test, not the class, is skipped, so reports count and name the skipped tests. */
    @BeforeEach
    void needsTheSharedData() {
        Assumptions.assumeTrue(!FOUND.isEmpty(), "../shared/data/lists absent: skipping");
    }

    private static double share(String category) {
        int[] f = FOUND.get(category);
        return (double) f[0] / f[1];
    }

    @Test
    void russianCompaniesWithTheirLegalFormTransliterated() {
        assertThat(share("russian-legal-form")).isGreaterThanOrEqualTo(FLOOR_RUSSIAN);
    }

    @Test
    void organisationWordsAbbreviated() {
        assertThat(share("organisation-abbreviation")).isGreaterThanOrEqualTo(FLOOR_ABBREVIATION);
    }

    @Test
    void latinNamesTypedInCyrillic() {
        assertThat(share("cyrillic-letter-for-letter")).isGreaterThanOrEqualTo(FLOOR_CYRILLIC);
    }

    @Test
    void initialsAndSurnameWithTheYearOfBirth() {
        assertThat(share("initials-with-year")).isGreaterThanOrEqualTo(FLOOR_INITIALS);
    }

    @Test
    void unlistedSemiconductorCompaniesDoNotAlert() {
        assertThat(share("unlisted-semiconductor")).isGreaterThanOrEqualTo(FLOOR_UNLISTED);
    }

    // Measured when written, before -> after issue 10: Russian legal forms 0/40 -> 29/40, abbreviations 7/39 -> 39/39,
    // Cyrillic letter for letter 32/40 -> 36/40, initials with year 31/40 -> 32/40, unlisted companies without
    // an alert 109/116 -> 115/116. Floors sit a case below, so a regression fails and noise does not. The date
    // weighing as the initials' disambiguator: initials with year 35/40 -> 37/40.
    private static final double FLOOR_RUSSIAN = 0.70;
    private static final double FLOOR_ABBREVIATION = 0.97;
    private static final double FLOOR_CYRILLIC = 0.875;
    private static final double FLOOR_INITIALS = 0.90;
    private static final double FLOOR_UNLISTED = 0.98;
}
