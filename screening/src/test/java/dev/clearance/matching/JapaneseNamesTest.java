package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.JapaneseNames;
import dev.clearance.matching.normalise.Query;
import dev.clearance.lists.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Japanese name in kanji meets the same kanji, never a Latin name through Mandarin readings. */
class JapaneseNamesTest {
    private static final Screener SCREENER = Screener.of(List.of(
            // Latin names that are the Mandarin Pinyin of the kanji queried below.
            Entries.person("shan-tian", "Shan Tiantailang"),
            Entries.person("shi-ben", "Shiben Qingmei"),
            Entries.organisation("zidongche", "Zidongche Trading"),
            // An entry with its name in kanji and its romanised name, as Japan's own lists carry them.
            Entries.organisation("svr", "Foreign Intelligence Service of the Russian Federation", "対外諜報庁"),
            Entries.person("xi", "Xi Jinping")));

    private static List<String> hits(String name, String country) {
        return SCREENER.screen(new Query(name, country, null, null), Screener.DEFAULT_THRESHOLD, 5).stream()
                .map(m -> m.entry().nativeId()).toList();
    }

    @Test
    void aNameTheLettersMarkJapaneseDoesNotMeetLatinNamesThroughMandarin() {
        assertThat(JapaneseNames.isJapanese("辻本清美")).isTrue();      // 辻: a kanji made in Japan
        assertThat(JapaneseNames.isJapanese("佐々木")).isTrue();        // the iteration mark
        assertThat(JapaneseNames.isJapanese("トヨタ自動車")).isTrue();   // kana
        assertThat(JapaneseNames.isJapanese("习近平")).isFalse();
        assertThat(JapaneseNames.isJapanese("山田太郎")).isFalse();     // nothing in the letters says Japanese
        assertThat(hits("辻本清美", null)).isEmpty();
        assertThat(hits("トヨタ自動車", null)).isEmpty();
    }

    @Test
    void aQueryFromJapanDoesNotMeetLatinNamesThroughMandarin() {
        // Without a country the kanji read as Chinese (Shan Tiantailang); from Japan they are Yamada Tarō.
        assertThat(hits("山田太郎", null)).contains("shan-tian");
        assertThat(hits("山田太郎", "JP")).isEmpty();
        assertThat(hits("山田太郎", "Japan")).isEmpty();
    }

    @Test
    void kanjiMeetTheListsKanjiNameAndTheExplanationSaysSo() {
        for (String country : new String[] {null, "JP"}) {
            List<Match> m = SCREENER.screen(new Query("対外諜報庁", country, EntityType.ORGANIZATION, null),
                    Screener.DEFAULT_THRESHOLD, 5);
            assertThat(m).extracting(x -> x.entry().nativeId()).containsExactly("svr");
            assertThat(m.get(0).matchedName()).isEqualTo("対外諜報庁");
            assertThat(m.get(0).explanation().render()).contains("対外諜報庁→対外諜報庁 EXACT");
        }
    }

    @Test
    void chineseNamesStillMeetTheirPinyin() {
        assertThat(hits("习近平", null)).containsExactly("xi");
        assertThat(hits("習近平", null)).containsExactly("xi");
    }
}
