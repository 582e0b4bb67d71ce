package dev.clearance.matching;

import dev.clearance.matching.normalise.KoreanRomanisation;
import dev.clearance.matching.normalise.Normaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Korean names in Hangul, Revised Romanization, McCune–Reischauer and customary spellings meet. */
class KoreanRomanisationTest {
    @ParameterizedTest(name = "{0}: RR {1}, MR {2}")
    @CsvSource({
            "김정은, Gim Jeong-eun, Kim Chŏng-ŭn",
            "박정희, Bak Jeong-hui, Pak Chŏng-hŭi",
            "김대중, Gim Dae-jung, Kim Tae-jung",
            "최룡해, Choe Ryong-hae, Ch'oe Ryong-hae",
            "이승만, I Seung-man, I Sŭng-man",
            "현영철, Hyeon Yeong-cheol, Hyŏn Yŏng-ch'ŏl",
            "남궁민수, Namgung Min-su, Namgung Min-su"})
    void romanisesBothWays(String hangul, String rr, String mr) {
        assertThat(KoreanRomanisation.revised(hangul)).isEqualTo(rr);
        assertThat(KoreanRomanisation.mccuneReischauer(hangul)).isEqualTo(mr);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Kim Jong-un, 김정은", "Kim Chong Un, 김정은", "Gim Jeong-eun, 김정은", "Kim Jongun, 김정은",
            "Jong Un Kim, 정은 김",
            "Ch'oe Ryong Hae, 최룡해", "Choi Yong-hae, 최용해", "Choe Ryonghae, 최 룡해",
            "Park Chong-hui, 박정희", "Pak Chong Hui, 박정희", "Bak Jeong-hui, 박정희",
            "Ri Yong Ho, 이용호", "Lee Yong-ho, 이용호", "Rhee Yongho, 리용호", "Yi Yong Ho, 이용호",
            "Kwon Yong Jin, 권영진", "Gwon Yeong-jin, 권영진",
            "Hyon Yong Chol, 현영철", "Hyeon Yeong-cheol, 현영철",
            "Jang Song Thaek, 장성택", "Chang Sŏng-t'aek, 장성택",
            "O Kuk Ryol, 오극렬", "Oh Geuk-ryeol, 오극렬",
            "Ryu Kyong, 류경", "Yu Gyeong, 유경", "U Tong Chuk, 우동측", "Woo Dong-cheuk, 우동측",
            "Sin Hong Chol, 신홍철", "Shin Hong-cheol, 신홍철", "Kang Pyong Hun, 강평훈", "Gang Pyeong-hun, 강평훈"})
    void latinAndHangulFoldAlike(String latin, String hangul) {
        assertThat(Normaliser.normalise(latin).keys().replace(" ", "")).isEqualTo(Normaliser.normalise(hangul).keys().replace(" ", ""));
    }

    @Test
    void namesThatAreNotKoreanAreLeftAlone() {
        assertThat(Normaliser.normalise("Maria Simon").keys()).isEqualTo("maria simon");
        assertThat(Normaliser.normalise("Dan Brown").keys()).isEqualTo("dan brown");
        // Read as Korean (강 is a family name): g and k meet.
        assertThat(Normaliser.normalise("Gang Tan").keys()).isEqualTo("kang tan");
        assertThat(Normaliser.normalise("Ali Musa").keys()).isEqualTo("ali musa");
    }

    @Test
    void aRomanisedSyllableMapsToItsHangulSyllables() {
        assertThat(KoreanRomanisation.hangul("Jeong")).contains("정", "청", "종");
        assertThat(KoreanRomanisation.hangul("Kim")).contains("김", "킴").doesNotContain("정");
        assertThat(KoreanRomanisation.hangul("Smith")).isEmpty();
    }
}
