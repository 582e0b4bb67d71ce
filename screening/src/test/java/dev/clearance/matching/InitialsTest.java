package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Query;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "F. M. Surname": entries whose given names fit the initials, ranked by the date of birth when one is given. */
class InitialsTest {
    private static ListEntry petrov(String id, String given, String... dob) {
        return Entries.entry(id, EntityType.PERSON, List.of(), List.of(dob), given + " Petrov");
    }

    private static final Screener SCREENER = Screener.of(List.of(
            petrov("sergey", "Sergey Viktorovich", "1970-03-02"),
            petrov("stanislav", "Stanislav Viktorovich", "1980"),
            petrov("semyon", "Semyon Viktorovich"),
            petrov("oleg", "Oleg Viktorovich", "1980"),
            petrov("svetlana", "Svetlana Olegovna", "1980"),
            Entries.entry("abc", EntityType.ORGANIZATION, List.of(), List.of(), "A.B.C. Trading")));

    /** Every entry scored (threshold 0), best first: the ranking, whatever the alert threshold. */
    private static List<String> ranked(String name, String dob) {
        return SCREENER.screen(new Query(name, null, EntityType.PERSON, dob), 0, 10).stream()
                .map(m -> m.entry().nativeId()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S. V. Petrov", "S.V. Petrov", "SV Petrov", "Petrov S. V.", "Petrov S.V."})
    void entriesWhoseGivenNamesFitTheInitialsComeFirst(String query) {
        List<String> ranked = ranked(query, null);
        assertThat(ranked.subList(0, 3)).containsExactlyInAnyOrder("sergey", "stanislav", "semyon");
        assertThat(ranked).doesNotContain("abc");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S. V. Petrov", "SV Petrov", "Petrov S. V."})
    void aFittingYearOfBirthRanksFirstAndAContradictingOneBelowAnUnknownOne(String query) {
        List<Match> scored = SCREENER.screen(new Query(query, null, EntityType.PERSON, "1980"), 0, 10);
        assertThat(scored).extracting(m -> m.entry().nativeId()).startsWith("stanislav", "semyon", "sergey");
        // Same name score for all three; the dates alone order them.
        assertThat(score(scored, "stanislav")).isGreaterThan(score(scored, "semyon"));
        assertThat(score(scored, "semyon")).isGreaterThan(score(scored, "sergey"));
        assertThat(scored.get(0).explanation().render()).contains("dob match 1980");
        assertThat(scored.get(2).explanation().render()).contains("dob mismatch 1980 vs 1970-03-02");
    }

    @Test
    void theFullDateRanksTheSameWay() {
        assertThat(ranked("S. V. Petrov", "1970-03-02")).startsWith("sergey");
    }

    @Test
    void lettersInAnOrganisationsNameStayAnAbbreviation() {
        assertThat(Normaliser.normalise("A.B.C. Trading").keys()).isEqualTo("abc trading");
        assertThat(Normaliser.normalise("A. N. A. Mahamud").keys()).isEqualTo("a n a mahamud");
        assertThat(Normaliser.normalise("NPK Splav", true).keys()).isEqualTo("n p k splav");
        assertThat(Normaliser.normalise("NPK Splav", false).keys()).isEqualTo("npk splav");
        // Capitals with a vowel, or all capitals, are a word: "LI Wei", "NG Wei", "KIM JONG UN".
        assertThat(Normaliser.normalise("LI Wei", true).keys()).isEqualTo("ri wei");
        assertThat(Normaliser.normalise("NG Wei", true).keys()).isEqualTo("ng wei");
        assertThat(Normaliser.normalise("KIM JONG UN", true).tokens()).hasSize(3);
    }

    private static double score(List<Match> matches, String id) {
        return matches.stream().filter(m -> m.entry().nativeId().equals(id)).mapToDouble(Match::score).findFirst()
                .orElse(0);
    }
}
