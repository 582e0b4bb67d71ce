package dev.clearance.lists;

import static dev.clearance.lists.Fixtures.entry;
import static dev.clearance.lists.Fixtures.names;
import static dev.clearance.lists.Fixtures.schemes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.lists.ListEntry.Name.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Loads the real published snapshots in {@code ../shared/data/lists}; skipped when they are absent. */
class RealSnapshotsTest {
    private static final Path LISTS = Path.of(System.getProperty("clearance.shared", "../shared"), "data", "lists");

    private static LoadResult load(ListFormat format, String... files) {
        for (String f : files) {
            Assumptions.assumeTrue(Files.isReadable(LISTS.resolve(f)), "../shared/data/lists/" + f + " absent: skipping");
        }
        return format.load(Arrays.stream(files).map(LISTS::resolve).toList());
    }

    private static long count(LoadResult r, EntityType t) {
        return r.entries().stream().filter(e -> e.type() == t).count();
    }

    @Test
    void ofacSdn2024() {
        LoadResult r = load(ListFormat.OFAC_CSV, "ofac_sdn_2024-07-02.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).hasSize(15_443);
        assertThat(count(r, EntityType.ORGANIZATION)).isEqualTo(7_270);
        assertThat(count(r, EntityType.PERSON)).isEqualTo(6_927);
        assertThat(count(r, EntityType.VESSEL)).isEqualTo(872);
        assertThat(count(r, EntityType.AIRCRAFT)).isEqualTo(374);
        ListEntry bank = entry(r, "ofac:306");
        assertThat(bank.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(names(bank, Kind.WEAK_ALIAS)).containsExactly("BNC");
        ListEntry nasrallah = entry(r, "ofac:2686");
        assertThat(nasrallah.primaryName()).isEqualTo("Hasan NASRALLAH");
        assertThat(nasrallah.birthDates()).contains("1960-08-31");
        assertThat(schemes(entry(r, "ofac:4243"), IdSchemes.IMO)).containsExactly("7406784");
        assertThat(entry(r, "ofac:8096").countries()).containsExactly("TN");
        long withImo = r.entries().stream().filter(e -> !schemes(e, IdSchemes.IMO).isEmpty()).count();
        assertThat(withImo).isGreaterThan(850);
    }

    @Test
    void ofacSdnLoadsTheSameEachTime() {
        // Speed is a benchmark's business, not a test's (house rule: no timed tests); a reload must give the same list.
        LoadResult first = load(ListFormat.OFAC_CSV, "ofac_sdn_2024-07-02.csv");
        LoadResult again = load(ListFormat.OFAC_CSV, "ofac_sdn_2024-07-02.csv");
        assertThat(again.entries()).hasSameSizeAs(first.entries()).isNotEmpty();
        assertThat(again.entries().stream().map(ListEntry::id).toList())
                .isEqualTo(first.entries().stream().map(ListEntry::id).toList());
    }

    @Test
    void ofac2022TripleJoinsAliasesAndAddresses() {
        LoadResult r = load(ListFormat.OFAC_CSV, "ofac_2022-01-31_sdn.csv", "ofac_2022-01-31_alt.csv", "ofac_2022-01-31_add.csv");
        // The re-saved copy ends with a row re-using ent_num 2677, and its ADD file names one entry it lacks.
        assertThat(r.entries()).hasSize(9_043);
        assertThat(r.problems()).extracting(LoadProblem::message)
                .anySatisfy(m -> assertThat(m).contains("duplicate ent_num 2677"));
        assertThat(r.problems()).hasSizeLessThan(5);
        ListEntry bank = entry(r, "ofac:306");
        assertThat(names(bank, Kind.ALIAS)).contains("NATIONAL BANK OF CUBA");
        assertThat(bank.countries()).contains("CH");
        long aliases = r.entries().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == Kind.ALIAS).count();
        assertThat(aliases).isGreaterThan(11_000);
    }

    @Test
    void ofacNonSdnCsvAndXmlAgree() {
        LoadResult csv = load(ListFormat.OFAC_CSV, "ofac_cons_prim.csv", "ofac_cons_alt.csv", "ofac_cons_add.csv");
        LoadResult xml = load(ListFormat.OFAC_XML, "ofac_consolidated_nonsdn_2018-04-06.xml");
        assertThat(csv.entries()).hasSize(639);
        assertThat(xml.entries()).hasSize(639);
        assertThat(csv.problems()).isEmpty();
        assertThat(xml.problems()).isEmpty();
        assertThat(csv.entries().get(0).list()).isEqualTo("OFAC Consolidated (non-SDN)");
        ListEntry fromXml = entry(xml, "ofac:4632");
        ListEntry fromCsv = entry(csv, "ofac:4632");
        assertThat(fromXml.primaryName()).isEqualTo("BANK MARKAZI JOMHOURI ISLAMI IRAN");
        assertThat(fromXml.countries()).containsExactly("IR");
        assertThat(fromCsv.countries()).containsExactly("IR");
        assertThat(names(fromXml, Kind.ALIAS)).containsExactlyElementsOf(names(fromCsv, Kind.ALIAS));
    }

    @Test
    void unConsolidated() {
        LoadResult r = load(ListFormat.UN_XML, "un_consolidated_2025-11-20.xml");
        assertThat(r.problems()).isEmpty();
        assertThat(count(r, EntityType.PERSON)).isEqualTo(727);
        assertThat(count(r, EntityType.ORGANIZATION)).isEqualTo(273);
        ListEntry badege = entry(r, "un:CDi.001");
        assertThat(badege.primaryName()).isEqualTo("ERIC BADEGE");
        assertThat(badege.countries()).contains("CD", "RW");
        assertThat(badege.birthDates()).containsExactly("1971");
        long originalScript = r.entries().stream().filter(e -> !names(e, Kind.ORIGINAL_SCRIPT).isEmpty()).count();
        assertThat(originalScript).isGreaterThan(370);
    }

    @Test
    void euRegulationExtracts() {
        LoadResult r833 = load(ListFormat.EU_JOURNAL_CSV, "eu_reg_833_2014_consolidated.csv");
        assertThat(r833.problems()).isEmpty();
        assertThat(r833.entries()).hasSize(1_746);
        List<ListEntry> annexIv = r833.entries().stream().filter(e -> e.list().equals("EU Regulation 833/2014 Annex IV")).toList();
        assertThat(annexIv).hasSize(921);
        assertThat(annexIv.stream().filter(e -> !names(e, Kind.ORIGINAL_SCRIPT).isEmpty()).count()).isGreaterThan(700);
        assertThat(entry(r833, "eu:32014R0833-IV-1").primaryName()).isEqualTo("JSC Sirius");

        LoadResult r269 = load(ListFormat.EU_JOURNAL_CSV, "eu_reg_269_2014_consolidated.csv");
        assertThat(r269.problems()).isEmpty();
        assertThat(r269.entries()).hasSize(2_802);
        ListEntry aksyonov = entry(r269, "eu:32014R0269-I.PERSONS-1");
        assertThat(aksyonov.primaryName()).isEqualTo("Sergey Valeryevich AKSYONOV");
        assertThat(aksyonov.birthDates()).containsExactly("1972-11-26");
        assertThat(names(aksyonov, Kind.ORIGINAL_SCRIPT)).contains("Сергей Валерьевич АКСЁНОВ");
    }

    @Test
    void metiLists() {
        LoadResult russia = load(ListFormat.METI_TXT, "jp_meti_russia_tokutei_2025-09-12.txt");
        assertThat(russia.problems()).isEmpty();
        assertThat(russia.entries()).hasSizeBetween(555, 565);
        ListEntry svr = entry(russia, "meti:russia-10");
        assertThat(svr.primaryName()).isEqualTo("Foreign Intelligence Service (SVR)");
        assertThat(names(svr, Kind.ORIGINAL_SCRIPT)).containsExactly("対外諜報庁");
        assertThat(svr.countries()).containsExactly("RU");

        LoadResult third = load(ListFormat.METI_TXT, "jp_meti_third_country_tokutei_2025-09-12.txt");
        assertThat(third.problems()).isEmpty();
        assertThat(third.entries()).hasSize(56);
        assertThat(entry(third, "meti:third-country-1").countries()).containsExactly("AM");

        LoadResult belarus = load(ListFormat.METI_TXT, "jp_meti_belarus_tokutei.txt");
        assertThat(belarus.problems()).isEmpty();
        assertThat(belarus.entries()).hasSize(27);
        assertThat(entry(belarus, "meti:belarus-7").primaryName()).isEqualTo("AGAT-Electromechanical Plant OJSC");
    }

    @Test
    void bisEntityListExtract() {
        LoadResult r = load(ListFormat.CSL_JSON, "bis_entity_list_china_universities_2026-03-30.json");
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).hasSize(60);
        assertThat(r.entries()).allSatisfy(e -> assertThat(e.list()).isEqualTo("BIS Entity List"));
        assertThat(r.entries().stream().filter(e -> e.countries().contains("CN")).count()).isGreaterThanOrEqualTo(50);
        assertThat(names(entry(r, "csl:bis-el-academy-of-military-medical-sciences"), Kind.ALIAS)).containsExactly("AMMS");
    }

    @Test
    void followTheMoneySample() {
        LoadResult r = load(ListFormat.FTM_JSON, "opensanctions_ftm_sample_eu_fsf.jsonl");
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).hasSize(6);
        ListEntry kuzmenko = entry(r, "ftm:NK-2Ka3UvopqbpZmVDFjWd4LA");
        assertThat(kuzmenko.primaryName()).isEqualTo("Vitaly Yurievich KUZMENKO");
        assertThat(kuzmenko.birthDates()).containsExactly("1971-01-22");
        assertThat(kuzmenko.countries()).containsExactly("RU");
    }
}
