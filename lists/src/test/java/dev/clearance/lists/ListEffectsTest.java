package dev.clearance.lists;

import static dev.clearance.lists.Fixtures.entry;
import static dev.clearance.lists.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.ListEffect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A list's legal effect: its format's default for the list an entry came from, or the configured {@code effect}. */
class ListEffectsTest {
    private static final Path LISTS = Path.of(System.getProperty("clearance.shared", "../shared"), "data", "lists");

    private static LoadResult denied(String extra) {
        String map = "name=Company Name,alias=Other Names,id=Ref,type=Kind,country=Country,dob=Founded,"
                + "programme=Programme,source=own,list=Own denied parties" + extra;
        return ListSource.parse("csv:" + fixture("csv/denied.csv")).withMapping(ColumnMapping.parse(map)).load();
    }

    @Test
    void aCsvListTakesItsEffectFromTheMappingAndIsScreeningWithoutOne() {
        assertThat(entry(denied(",effect=export-ban:JP"), "own:DP-001").effect())
                .isEqualTo(new ListEffect(ListEffect.Kind.EXPORT_BAN, "JP"));
        assertThat(entry(denied(",effect=licence:us"), "own:DP-001").effect().word()).isEqualTo("licence:US");
        assertThat(entry(denied(""), "own:DP-001").effect()).isEqualTo(ListEffect.UNKNOWN);
    }

    @Test
    void anUnknownEffectIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ColumnMapping.parse("name=Name,effect=embargo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("effect")
                .hasMessageContaining("export-ban");
        assertThatThrownBy(() -> ColumnMapping.parse("name=Name,effect=export-ban:Japan"))
                .hasMessageContaining("effect").hasMessageContaining("issuer");
    }

    @Test
    void builtInFormatsGiveTheirListsDefaultEffects() {
        assertThat(ListEffects.defaultFor("meti", "METI specific organisations (Russia)").word()).isEqualTo("export-ban:JP");
        assertThat(ListEffects.defaultFor("ofac", OfacCsvLoader.SDN).word()).isEqualTo("blocking:US");
        assertThat(ListEffects.defaultFor("ofac", OfacCsvLoader.NON_SDN).kind()).isEqualTo(ListEffect.Kind.SCREENING);
        assertThat(ListEffects.defaultFor("eu", "EU Regulation 833/2014 Annex IV").word()).isEqualTo("export-ban:EU");
        assertThat(ListEffects.defaultFor("eu", "EU Regulation 833/2014 Annex III").kind())
                .isEqualTo(ListEffect.Kind.SCREENING);
        assertThat(ListEffects.defaultFor("csl", CslJsonLoader.BIS_ENTITY_LIST).word()).isEqualTo("licence:US");
        assertThat(ListEffects.defaultFor("csl", "Entity List (EL) - Bureau of Industry and Security").word())
                .isEqualTo("licence:US");
        assertThat(ListEffects.defaultFor("csv", "anything")).isEqualTo(ListEffect.UNKNOWN);
    }

    @Test
    void theRealMetiAndEuListsCarryTheirBans() {
        String meti = "jp_meti_russia_tokutei_2025-09-12.txt";
        String eu = "eu_reg_833_2014_consolidated.csv";
        Assumptions.assumeTrue(Files.isReadable(LISTS.resolve(meti)) && Files.isReadable(LISTS.resolve(eu)),
                "../shared/data/lists absent: skipping");
        LoadResult russia = ListFormat.METI_TXT.load(List.of(LISTS.resolve(meti)));
        assertThat(russia.entries()).isNotEmpty().allMatch(e -> e.effect().word().equals("export-ban:JP"));
        LoadResult annexes = ListFormat.EU_JOURNAL_CSV.load(List.of(LISTS.resolve(eu)));
        assertThat(annexes.entries().stream().filter(e -> e.list().endsWith("Annex IV")))
                .isNotEmpty().allMatch(e -> e.effect().word().equals("export-ban:EU"));
    }
}
