package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A query in one script finds the entry listed in another, both ways. */
class ScriptsTest {
    private static final Screener SCREENER = Screener.of(Entries.sample());

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "Сергей Лавров, lavrov",               // Cyrillic query, Latin entry
            "Владимир Путин, putin",
            "أسامة بن لادن, ladin",               // Arabic query, Latin entry
            "习近平, xi",                           // Chinese query, Latin entry
            "김정은, kim",                          // Korean query, Latin entry
            "ロスアトム, rosatom",                   // Japanese (katakana) query, Latin entry
            "Sergei Shoigu, shoigu-ru",            // Latin query, Cyrillic entry
            "Hassan Nasr, nasr-ar",             // Latin query, Arabic entry
            "Mao Zedong, mao-zh",                  // Latin query, Chinese entry
            "Kim Yo Jong, kimyojong-ko",          // Latin query, Korean entry
            "Toyota, toyota-jp",                   // Latin query, Japanese entry
            "Muromsky Priborostroitelny Zavod, murom"})
    void findsAcrossScripts(String query, String id) {
        List<Match> hits = SCREENER.screen(Query.of(query), Screener.DEFAULT_THRESHOLD, 3);
        assertThat(hits).extracting(m -> m.entry().nativeId()).first().isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} finds nothing")
    @CsvSource({"Ольга Петрова", "محمد علي", "王小明", "박지성", "スズキ"})
    void unrelatedNamesInOtherScriptsFindNothing(String query) {
        assertThat(SCREENER.screen(Query.of(query), Screener.DEFAULT_THRESHOLD, 3)).isEmpty();
    }
}
