package dev.clearance.matching;

import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.WadeGiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese names in Wade–Giles meet their Pinyin spelling; Pinyin and other names are left alone. */
class WadeGilesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "Mao Tse-tung; Mao Zedong", "Ch'üan Yu; Quan You", "Yü Ch'ing; Yu Qing", "Yu Ch'ing; You Qing", "Ta-feng Ts'ai; Dafeng Cai", "I-shan Chou; Yishan Zhou", "Hsi Chin-p'ing; Xi Jinping", "Chiang Ching-kuo; Jiang Jingguo",
            "Teng Hsiao-p'ing; Deng Xiaoping", "Ch'ing Hsü; Qing Xu", "Jen Tzu-ch'iang; Ren Ziqiang",
            "Chang Hsüeh-liang; Zhang Xueliang", "K'ung Hsiang-hsi; Kong Xiangxi", "Hu Shih; Hu Shi"})
    void wadeGilesMeetsPinyin(String wadeGiles, String pinyin) {
        assertThat(Normaliser.normalise(wadeGiles).keys()).isEqualTo(Normaliser.normalise(pinyin).keys());
    }

    @Test
    void withoutItsApostropheAnAspirateIsReadPlainAndStaysOneEditAway() {
        assertThat(Normaliser.normalise("Hsi Chin-ping").keys()).isEqualTo("xi jinbing");
    }

    @Test
    void theExplanationKeepsTheNameAsWritten() {
        Token t = Normaliser.normalise("Mao Tse-tung").tokens().get(1);
        assertThat(t.key()).isEqualTo("zedong");
        assertThat(t.surface()).isEqualTo("tse-tung");
        assertThat(t.form()).isEqualTo("tsetung");
    }

    @ParameterizedTest(name = "{0} is not read as Wade–Giles")
    @CsvSource(delimiter = ';', value = {"Xi Jinping; xi jinping", "Chou En-lai; chou enlai",
            "John Smith; john smith", "Chan Tai Man; chan tai man", "Hung; hung"})
    void otherNamesAreLeftAlone(String name, String keys) {
        assertThat(WadeGiles.pinyin(name)).isNull();
        assertThat(Normaliser.normalise(name).keys()).isEqualTo(keys);
    }
}
