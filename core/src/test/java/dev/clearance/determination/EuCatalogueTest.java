package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.ControlList;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.ItemRestriction;
import dev.clearance.regime.Membership;
import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The control-list catalogue beyond the US CCL (Category 0, 2B352 ...), the EU's Annex IV items, the Union general
 * export authorisations' closed destination lists and Russia's removal by 2022/699, and Art. 4(1)(b) and Art. 5:
 * each read from the data and tested on both sides of its dates.
 */
class EuCatalogueTest {
    private static final LocalDate DAY = LocalDate.parse("2021-12-01");
    private final DeterminationEngine engine = DeterminationEngine.bundled();
    private final Regime eu = RegimeData.bundled().require("EU");

    private Determination d(String from, String to, String item, LocalDate day) {
        return engine.determine(ExportRequest.of(from, to, item, day));
    }

    private CountryGroup group(String code) {
        return eu.group(code).orElseThrow();
    }

    private ItemRestriction restriction(String code) {
        return eu.rules().itemRestrictions().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void addedCatalogueEntriesAreEntriesForTheEuJapanAndKoreaAsCheck() {
        List<ControlList.Entry> added = RegimeData.controlList().entries().stream().filter(ControlList.Entry::added).toList();
        assertThat(added).extracting(ControlList.Entry::code).contains("0A001", "2B352", "0B001", "0B002", "0B005",
                "0B006", "0C003", "0C004", "0C005", "0C006", "0C201");
        for (ControlList.Entry e : added) {
            assertThat(e.source()).as(e.code()).isNotBlank();
            for (String from : List.of("JP", "KR", "DE")) {
                Determination x = d(from, "CN", e.code(), DAY);
                assertThat(x.licenceRequired()).as(from + " " + e.code()).isTrue();
                // The regime's own file may write the entry (Japan's and Korea's 2B352); else the catalogue's, CHECK.
                Regime regime = RegimeData.bundled().forExporter(from, DAY).orElseThrow();
                boolean written = regime.entries().stream().anyMatch(w -> w.covers(e.code()));
                if (!written) {
                    assertThat(x.confidence()).as(from + " " + e.code()).isNotEqualTo(Confidence.CONFIRMED);
                }
                assertThat(x.trace()).as(from + " " + e.code()).anyMatch(s -> s.rule().endsWith(" " + e.code())
                        && (written || s.source().contains(e.source())));
            }
        }
    }

    @Test
    void annexIvItemsNeedAnAuthorisationInsideTheUnionAndNoUnionGeneralAuthorisationCoversThem() {
        ItemRestriction annexIv = restriction("EU-ANNEX-IV");
        List<String> codes = annexIv.entries().stream().filter(c -> c.length() >= 5).toList();
        assertThat(codes).isNotEmpty();
        for (String code : codes) {
            Determination fr = d("DE", "FR", code, DAY);
            assertThat(fr.licenceRequired()).as(code + " inside the Union").isTrue();
            assertThat(fr.licenceOptions()).as(code).contains("INDIVIDUAL").noneMatch(o -> o.startsWith("EU0"));
            assertThat(fr.trace()).as(code).anyMatch(s -> s.rule().equals(annexIv.code()));
            Determination us = d("DE", "US", code, DAY);
            assertThat(us.licenceOptions()).as(code + " to an EU001 destination").noneMatch(o -> o.startsWith("EU0"));
        }
        assertThat(d("DE", "FR", "3C002", DAY).licenceRequired()).as("not an Annex IV item").isFalse();
        assertThat(d("DE", "US", "3C002", DAY).licenceOptions()).contains("EU001");
        assertThat(d("DE", "US", "0C001", DAY).licenceOptions()).as("Annex II Section I").doesNotContain("EU001");
        assertThat(d("DE", "FR", "0C001", DAY).licenceRequired()).as("0C001 is not in Annex IV").isFalse();
    }

    @Test
    void eu003AndEu004AreOfferedOnlyOnTheirClosedList() {
        CountryGroup closed = group("EU003-EU004");
        String inside = closed.members().stream().filter(Membership::confirmed).filter(m -> m.period().to() == null)
                .map(Membership::country).findFirst().orElseThrow();
        assertThat(d("DE", inside, "3C002", DAY).licenceOptions()).contains("EU003", "EU004");
        for (String outside : List.of("EG", "TH", "PK", "US")) {
            assertThat(closed.members()).noneMatch(m -> m.country().equals(outside));
            assertThat(d("DE", outside, "3C002", DAY).licenceOptions()).as(outside).doesNotContain("EU003", "EU004");
        }
        assertThat(d("DE", inside, "3E001", DAY).licenceOptions()).as("EU003 excludes technology")
                .doesNotContain("EU003").contains("EU004");
    }

    @Test
    void russiaLeavesEu003ToEu005On2022_699AndNeverHadTheOtherUnionAuthorisations() {
        for (String code : List.of("EU003-EU004", "EU005-DEST")) {
            Membership ru = group(code).members().stream().filter(m -> m.country().equals("RU")).findFirst().orElseThrow();
            LocalDate removed = ru.period().to();
            assertThat(removed).as(code).isNotNull();
            assertThat(ru.source()).contains("2022/699");
            assertThat(eu.standing("RU", removed.minusDays(1)).in(code)).isTrue();
            assertThat(eu.standing("RU", removed).in(code)).isFalse();
            Determination after = d("DE", "RU", "5A001.c", removed);
            assertThat(after.licenceOptions()).as(code).doesNotContain("EU003", "EU004", "EU005");
        }
        Determination before = d("DE", "RU", "5A001.c", DAY);
        assertThat(before.licenceOptions()).contains("EU003", "EU004", "EU005");
        assertThat(d("DE", "RU", "1C350", DAY).licenceOptions()).doesNotContain("EU006");
        assertThat(d("DE", "CN", "1C350", DAY).licenceOptions()).contains("EU006");
        assertThat(d("DE", "CN", "1C001", DAY).licenceOptions()).as("EU006 only for its chemicals").doesNotContain("EU006");
    }

    private Determination unlisted(String to, EndUse use, LocalDate day) {
        return engine.determine(new ExportRequest("DE", to, null, null, "8479", day, use, null, false));
    }

    @Test
    void aMilitaryEndUseInAnArmsEmbargoedDestinationIsNotifiedAndTheAuthorityDecides() {
        CountryGroup embargo = group("EU-ARMS-EMBARGO");
        String embargoed = embargo.members().get(0).country();
        Determination x = unlisted(embargoed, EndUse.MILITARY, DAY);
        assertThat(x.licenceRequired()).isTrue();
        assertThat(x.catchAll()).isTrue();
        assertThat(x.notifyAuthority()).isTrue();
        assertThat(unlisted(embargoed, EndUse.CIVIL, DAY).licenceRequired()).isFalse();
        Determination elsewhere = unlisted("TH", EndUse.MILITARY, DAY);
        assertThat(elsewhere.notifyAuthority()).as("TH is not among the encoded embargoes").isFalse();
        assertThat(elsewhere.confidence()).as("the embargo list is incomplete").isEqualTo(Confidence.CHECK);
    }

    @Test
    void article5CyberSurveillanceStartsWithRegulation2021_821() {
        CatchAllRule art5 = eu.catchAll().stream().filter(c -> c.kind() == CatchAllRule.Kind.HUMAN_RIGHTS).findFirst()
                .orElseThrow();
        LocalDate from = art5.period().from();
        Determination on = unlisted("CN", EndUse.INTERNAL_REPRESSION, from);
        assertThat(on.licenceRequired()).isTrue();
        assertThat(on.notifyAuthority()).isTrue();
        assertThat(unlisted("CN", EndUse.INTERNAL_REPRESSION, from.minusDays(1)).licenceRequired()).isFalse();
    }

    @Test
    void aCategoryZeroEntryIsRefusedForTheUsNamingTheNrc() {
        LocalDate day = RegimeData.bundled().require("US").coverage().from();
        for (String code : List.of("0B001", "0B006", "0C003", "0C201")) {
            ControlList.Entry e = RegimeData.controlList().find(code).orElseThrow();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> d("US", "CN", code, day))
                    .isInstanceOfSatisfying(dev.clearance.input.BadRequestException.class, x -> {
                        assertThat(x.field()).isEqualTo("item");
                        assertThat(x.getMessage()).contains("10 CFR part 110").contains(e.regime());
                    });
        }
    }
}
