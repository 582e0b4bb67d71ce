package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.ExplanationText;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A hit's explanation in English, Japanese and Korean: words translated, names and codes kept. */
class ExplanationTextTest {
    private static final Explanation X = new Explanation(0.93, 0.9,
            List.of(new TokenMatch("ivanov", "ivanov", MatchKind.EXACT, 0, 1.0),
                    new TokenMatch("sergei", "sergey", MatchKind.EDITS, 1, 0.9)),
            List.of(), List.of("petrovich"),
            List.of(new Explanation.Qualifier("country", Explanation.Qualifier.Effect.MATCH, "RU")), "alias");

    @Test
    void englishIsTheRenderingAsItStands() {
        assertThat(ExplanationText.render(X, Locale.ENGLISH)).isEqualTo(X.render());
    }

    @Test
    void japaneseTranslatesTheWordsAndKeepsTheNames() {
        assertThat(ExplanationText.render(X, Locale.JAPANESE)).isEqualTo(
                "0.93：ivanov→ivanov 完全一致、sergei→sergey 綴りの違い（1 文字の違い）；リスト側のみ：petrovich；国 一致 RU；一致した名称の種類：別名");
    }

    @Test
    void koreanTranslatesTheWordsAndKeepsTheNames() {
        assertThat(ExplanationText.render(X, Locale.KOREAN)).isEqualTo(
                "0.93: ivanov→ivanov 완전 일치, sergei→sergey 철자 차이 (1글자 차이); 명단 쪽에만: petrovich; 국가 일치 RU; 일치한 이름의 종류: 다른 이름");
    }
}
