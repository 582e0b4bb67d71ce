package dev.clearance.determination;

import dev.clearance.regime.read.RegimeData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.ListEffect;
import dev.clearance.regime.Regimes;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The categories of issue 17 ("held-back cases check these categories across all four regimes"), one case per regime
 * per category, through the determination engine: each answer says what it is (prohibited; licence under a policy of
 * denial; another authority decides; licence; check) and its trace cites the measure or rule that decided it, with
 * its source. Where the deciding fact is CHECK, the answer is never confirmed.
 */
class SanctionsCategoriesTest {
    private static final DeterminationEngine ENGINE = new DeterminationEngine(RegimeData.bundled(), false);
    private static final LocalDate DAY = LocalDate.parse("2024-06-03");
    private static final LocalDate US_DAY = LocalDate.parse("2026-08-03");

    /** What the answer is. */
    enum Answer {
        PROHIBITED, DENIAL, AUTHORITY, LICENCE, CHECK
    }

    private static Arguments c(String category, String from, String to, String item, String hs, EndUse use,
                               String region, Answer answer, boolean sure, String rule) {
        LocalDate day = from.equals("US") ? US_DAY : DAY;
        ExportRequest r = new ExportRequest(from, to, item, null, hs, day, use, null, false, null, null, region);
        return Arguments.of(category + " " + from, r, answer, sure, rule);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Dual-use (listed) goods to Russia, Belarus, North Korea.
                c("listed to RU", "DE", "RU", "3C002", null, EndUse.CIVIL, null, Answer.PROHIBITED, false, "EU-833-2014-ART2-RU"),
                c("listed to RU", "JP", "RU", "3C002", null, EndUse.CIVIL, null, Answer.PROHIBITED, true, "JP-RU-BY-REGIME-ITEMS"),
                c("listed to RU", "KR", "RU", "3C002", null, EndUse.CIVIL, null, Answer.DENIAL, false, "KR-RU-STRATEGIC"),
                c("listed to RU", "US", "RU", "3C002", null, EndUse.CIVIL, null, Answer.DENIAL, true, "§746.8-RU-BY-CCL"),
                c("listed to BY", "DE", "BY", "3C002", null, EndUse.CIVIL, null, Answer.PROHIBITED, false, "EU-765-2006-ART1E-BY"),
                c("listed to BY", "JP", "BY", "3C002", null, EndUse.CIVIL, null, Answer.PROHIBITED, true, "JP-RU-BY-REGIME-ITEMS"),
                c("listed to BY", "KR", "BY", "3C002", null, EndUse.CIVIL, null, Answer.DENIAL, false, "KR-BY-STRATEGIC"),
                c("listed to BY", "US", "BY", "3C002", null, EndUse.CIVIL, null, Answer.DENIAL, true, "§746.8-RU-BY-CCL"),
                c("listed to KP", "DE", "KP", "3C002", null, EndUse.CIVIL, null, Answer.PROHIBITED, false, "EU-2017-1509-KP"),
                c("listed to KP", "JP", "KP", "3C002", null, EndUse.CIVIL, null, Answer.PROHIBITED, true, "JP-NORTH-KOREA-BAN"),
                c("listed to KP", "KR", "KP", "3C002", null, EndUse.CIVIL, null, Answer.AUTHORITY, false, "KR-KP-UNIFICATION"),
                c("listed to KP", "US", "KP", "3C002", null, EndUse.CIVIL, null, Answer.DENIAL, false,
                        "§742.19(b)(1)-KP-NS-CB"),
                // Unlisted computers and chips by HS code to Russia: sanctions annexes reach them, never cleared.
                c("computers by HS to RU", "DE", "RU", null, "847150", EndUse.CIVIL, null, Answer.PROHIBITED, false,
                        "EU-833-2014-ANNEX-VII-XXIII-XL-RU"),
                c("computers by HS to RU", "JP", "RU", null, "847150", EndUse.CIVIL, null, Answer.PROHIBITED, false,
                        "JP-AT2-3-GENERAL-PURPOSE"),
                c("computers by HS to RU", "KR", "RU", null, "847150", EndUse.CIVIL, null, Answer.DENIAL, false,
                        "KR-ANNEX-2-2-1159"),
                c("computers by HS to RU", "US", "RU", "EAR99", "847150", EndUse.CIVIL, null, Answer.DENIAL, false,
                        "§746.8-RU-BY-EAR99"),
                c("chips by HS to BY", "DE", "BY", null, "854231", EndUse.CIVIL, null, Answer.PROHIBITED, false,
                        "EU-765-2006-ART1F-1G-BY"),
                c("chips by HS to BY", "JP", "BY", null, "854231", EndUse.CIVIL, null, Answer.PROHIBITED, false,
                        "JP-AT2-3-GENERAL-PURPOSE"),
                c("chips by HS to BY", "KR", "BY", null, "854231", EndUse.CIVIL, null, Answer.DENIAL, false,
                        "KR-ANNEX-2-2-1159"),
                c("chips by HS to BY", "US", "BY", "EAR99", "854231", EndUse.CIVIL, null, Answer.DENIAL, false,
                        "§746.8-RU-BY-EAR99"),
                // Iran: the EU's prior authorisation, OFAC for US exports, the ordinary licence for Japan and Korea.
                c("listed to IR", "DE", "IR", "3C002", null, EndUse.CIVIL, null, Answer.LICENCE, false, "EU-267-2012-ART3-IR"),
                c("listed to IR", "JP", "IR", "3C002", null, EndUse.CIVIL, null, Answer.LICENCE, true, "JP-APPENDED-TABLE-4"),
                c("listed to IR", "KR", "IR", "3C002", null, EndUse.CIVIL, null, Answer.LICENCE, false, "INDIVIDUAL"),
                c("listed to IR", "US", "IR", "3C002", null, EndUse.CIVIL, null, Answer.AUTHORITY, true, "§746.7-IR-OFAC"),
                // A military end use of an unlisted good.
                c("military end use", "DE", "RU", null, "0901", EndUse.MILITARY, null, Answer.LICENCE, false, "EU-ART4-MILITARY"),
                c("military end use", "JP", "RU", "3C002", null, EndUse.MILITARY, null, Answer.PROHIBITED, true,
                        "JP-RU-BY-REGIME-ITEMS"),
                c("military end use", "KR", "RU", "3C002", null, EndUse.MILITARY, null, Answer.DENIAL, false,
                        "KR-RU-STRATEGIC"),
                c("military end use", "US", "CN", "3A991", null, EndUse.MILITARY, null, Answer.DENIAL, true, "§744.21-SUPP-2"),
                c("military end use", "US", "RU", "EAR99", "0901", EndUse.MILITARY, null, Answer.DENIAL, true, "§744.21-RU-BY"),
                // Occupied regions of Ukraine.
                c("occupied region", "DE", "UA", null, "854231", EndUse.CIVIL, "UA-43", Answer.PROHIBITED, false,
                        "EU-692-2014-CRIMEA-ANNEX-II"),
                c("occupied region", "JP", "UA", null, "854231", EndUse.CIVIL, "UA-DNR", Answer.PROHIBITED, true, "JP-DNR-LNR"),
                c("occupied region", "JP", "UA", null, "854231", EndUse.CIVIL, "UA-65-NGCA", Answer.CHECK, false,
                        "JP-ZAPORIZHZHIA-KHERSON"),
                c("occupied region", "US", "UA", "EAR99", "854231", EndUse.CIVIL, "UA-43", Answer.LICENCE, false, "footnote 9"),
                // Category 0 (NSG trigger list) entries are entries for the EU, Japan and Korea.
                c("category 0", "DE", "CN", "0A001", null, EndUse.CIVIL, null, Answer.LICENCE, false, "INDIVIDUAL"),
                c("category 0", "JP", "RU", "0A001", null, EndUse.CIVIL, null, Answer.PROHIBITED, false, "JP-RU-BY-REGIME-ITEMS"),
                c("category 0", "KR", "RU", "0A001", null, EndUse.CIVIL, null, Answer.DENIAL, false, "KR-RU-STRATEGIC"),
                // §744.23 end uses, destinations read from Country Group D:5.
                c("supercomputer end use", "US", "RU", "4A994", null, EndUse.SUPERCOMPUTER, null, Answer.DENIAL, false,
                        "§744.23(a)(1)-SUPERCOMPUTER"),
                c("advanced-node IC end use", "US", "CN", "EAR99", null, EndUse.ADVANCED_NODE_IC, null, Answer.LICENCE, false,
                        "§744.23(a)(2)(i)-ADVANCED-NODE-IC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCategoryAnswersWhatItIsAndCitesItsMeasure(String name, ExportRequest r, Answer answer, boolean sure,
                                                         String rule) {
        Determination x = ENGINE.determine(r);
        assertThat(x.trace()).as(name + ": cites " + rule + " " + x.trace())
                .anyMatch(s -> s.rule().equals(rule) && !s.source().isBlank() && !s.effect().startsWith("does not apply"));
        switch (answer) {
            case PROHIBITED -> {
                assertThat(x.prohibited()).as(name + " " + x.summary()).isTrue();
                assertThat(x.licenceOptions()).as(name).isEmpty();
            }
            case DENIAL -> {
                assertThat(x.prohibited()).as(name + " " + x.summary()).isFalse();
                assertThat(x.licenceRequired()).as(name).isTrue();
                assertThat(x.policy()).as(name + " " + x.summary()).isEqualTo(LicencePolicy.DENIAL);
            }
            case AUTHORITY -> {
                assertThat(x.licenceRequired()).as(name).isTrue();
                assertThat(x.authority()).as(name + " " + x.summary()).isNotBlank();
            }
            case LICENCE -> {
                assertThat(x.prohibited()).as(name + " " + x.summary()).isFalse();
                assertThat(x.licenceRequired()).as(name + " " + x.summary()).isTrue();
            }
            case CHECK -> {
                assertThat(x.prohibited()).as(name + " " + x.summary()).isFalse();
                assertThat(x.confidence()).as(name).isEqualTo(Confidence.CHECK);
            }
        }
        if (!sure) {
            assertThat(x.confidence()).as(name + ": its deciding fact is CHECK").isNotEqualTo(Confidence.CONFIRMED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedParties")
    void aNamedPartyHitCarriesItsListsEffect(String name, String from, String to, String effect, Answer answer) {
        EndUserFinding hit = new EndUserFinding("Argut OOO", "entry-1", "a list", "'Argut OOO' all tokens exact",
                ListEffect.parse(effect));
        LocalDate day = from.equals("US") ? US_DAY : DAY;
        Determination x = ENGINE.determine(ExportRequest.of(from, to, null, day).withEndUser(hit));
        if (answer == Answer.PROHIBITED) {
            assertThat(x.prohibited()).as(name + " " + x.summary()).isTrue();
            assertThat(x.licenceOptions()).isEmpty();
        } else {
            assertThat(x.prohibited()).as(name + " " + x.summary()).isFalse();
            assertThat(x.licenceRequired()).as(name + " " + x.summary()).isTrue();
        }
        assertThat(x.trace()).anyMatch(s -> s.effect().contains(effect) || s.source().contains(effect)
                || s.effect().startsWith("Prohibited") || s.effect().contains("licensing policy"));
    }

    static Stream<Arguments> namedParties() {
        return Stream.of(
                Arguments.of("EU Annex IV party", "DE", "RU", "export-ban:EU", Answer.PROHIBITED),
                Arguments.of("METI specific organisation", "JP", "RU", "export-ban:JP", Answer.PROHIBITED),
                Arguments.of("BIS Entity List", "US", "CN", "licence:US", Answer.LICENCE),
                Arguments.of("OFAC SDN, US exporter", "US", "CN", "blocking:US", Answer.PROHIBITED));
    }
}
