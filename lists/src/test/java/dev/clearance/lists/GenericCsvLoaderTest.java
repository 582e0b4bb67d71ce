package dev.clearance.lists;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clearance.lists.Fixtures.entry;
import static dev.clearance.lists.Fixtures.fixture;
import static dev.clearance.lists.Fixtures.names;
import static dev.clearance.lists.Fixtures.problemAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic {@code csv} list format: any headed CSV through a column mapping. */
class GenericCsvLoaderTest {
    private static final Path LISTS = Path.of(System.getProperty("clearance.shared", "../shared"), "data", "lists");

    private static LoadResult ownList() {
        return ListSource.parse("csv:" + fixture("csv/denied.csv"))
                .withMapping(ColumnMapping.parse("@" + fixture("csv/denied.map"))).load();
    }

    @Test
    void goodRowsLoadWithEveryMappedColumn() {
        LoadResult r = ownList();
        ListEntry acme = entry(r, "own:DP-001");
        assertThat(acme.primaryName()).isEqualTo("Acme Precision Components Ltd.");
        assertThat(names(acme, ListEntry.Name.Kind.ALIAS)).containsExactly("Acme Precision", "ACME PC");
        assertThat(acme.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(acme.countries()).containsExactly("DE");
        assertThat(acme.birthDates()).containsExactly("1998");
        assertThat(acme.programmes()).containsExactly("internal-deny");
        assertThat(acme.list()).isEqualTo("Own denied parties");
        ListEntry petrov = entry(r, "own:DP-002");
        assertThat(petrov.type()).isEqualTo(EntityType.PERSON);
        assertThat(names(petrov, ListEntry.Name.Kind.ORIGINAL_SCRIPT)).containsExactly("Иван Петров");
        assertThat(entry(r, "own:DP-008").primaryName()).isEqualTo("Quoted, Name GmbH");
        assertThat(entry(r, "own:DP-008").birthDates()).containsExactly("2001-05");
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndColumnAndTheRestLoads() {
        LoadResult r = ownList();
        problemAt(r, "denied.csv", 4, "column 'Company Name' (name) is empty");
        problemAt(r, "denied.csv", 5, "'DP-001' repeats an earlier row");
        problemAt(r, "denied.csv", 9, "column 'Ref' (id) is empty");
        problemAt(r, "denied.csv", 10, "expected 7 fields, found 8");
        assertThat(r.entries()).extracting(ListEntry::id).doesNotContain("own:DP-003", "own:DP-007")
                .filteredOn(id -> id.equals("own:DP-001")).hasSize(1);
    }

    @Test
    void badDetailsAreReportedButNeverDropAListedParty() {
        LoadResult r = ownList();
        problemAt(r, "denied.csv", 6, "'spaceship' is not person, organization, vessel or aircraft: entry kept");
        problemAt(r, "denied.csv", 7, "'Atlantis' names no country: entry kept");
        problemAt(r, "denied.csv", 8, "'31st of Smarch' is not a date: entry kept");
        assertThat(entry(r, "own:DP-004").type()).isEqualTo(EntityType.UNKNOWN);
        assertThat(entry(r, "own:DP-005").countries()).isEmpty();
        assertThat(entry(r, "own:DP-006").birthDates()).isEmpty();
        assertThat(r.entries()).hasSize(6);
        assertThat(r.problems()).hasSize(7);
    }

    @Test
    void aMappedColumnMissingFromTheHeaderRefusesTheFile() {
        LoadResult r = ListSource.parse("csv:" + fixture("csv/denied.csv"))
                .withMapping(ColumnMapping.parse("name=Company Name,alias=Aliases")).load();
        assertThat(r.entries()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Aliases"));
    }

    @Test
    void withoutAMappingTheCsvFormatSaysWhatItNeeds() {
        LoadResult r = ListSource.parse("csv:" + fixture("csv/denied.csv")).load();
        assertThat(r.entries()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("column mapping"));
    }

    @Test
    void badMappingsNameTheBadPart() {
        assertThatThrownBy(() -> ColumnMapping.parse("alias=Alias")).hasMessageContaining("no 'name' column");
        assertThatThrownBy(() -> ColumnMapping.parse("name=Name,colour=Red")).hasMessageContaining("unknown mapping key 'colour'");
        assertThatThrownBy(() -> ColumnMapping.parse("name=Name,name=Other")).hasMessageContaining("'name' given twice");
        assertThatThrownBy(() -> ColumnMapping.parse("name=Name,default-type=robot")).hasMessageContaining("default-type 'robot'");
        assertThatThrownBy(() -> ColumnMapping.parse("@/no/such.map")).hasMessageContaining("/no/such.map: cannot read");
        assertThatThrownBy(() -> ColumnMapping.parse("name=Name,Alias")).hasMessageContaining("expected key=value, found 'Alias'");
    }

    @Test
    void theDod1260hListLoadsThroughAMapping() {
        Path f = LISTS.resolve("us_dod_1260h_chinese_military_companies.csv");
        Assumptions.assumeTrue(Files.isReadable(f), "../shared/data/lists/" + f.getFileName() + " absent: skipping");
        LoadResult r = ListSource.parse("csv:" + f).withMapping(ColumnMapping.parse(
                "name=Clean Name,alias=Name|Alias|Previous Name,default-type=organization,source=dod1260h")).load();
        assertThat(r.problems()).isEmpty();
        assertThat(r.entries()).hasSize(397).allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        ListEntry qihoo = r.entries().get(0);
        assertThat(qihoo.primaryName()).isEqualTo("360 Security Technology Inc.");
        assertThat(qihoo.names()).extracting(ListEntry.Name::value).contains("Qihoo 360");
    }

    @Test
    void theChinaCountermeasureListLoadsThroughAMapping() {
        Path f = LISTS.resolve("cn_countermeasure_sanctions.csv");
        Assumptions.assumeTrue(Files.isReadable(f), "../shared/data/lists/" + f.getFileName() + " absent: skipping");
        LoadResult r = ListSource.parse("csv:" + f).withMapping(ColumnMapping.parse(
                "name=Name,alias=Alias|Chinese name,type=Type,country=Country,source=cncounter")).load();
        // Every row loads; the only problems are the country cells that name no country ("EU"), kept without them.
        assertThat(r.entries()).hasSize(610);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).contains("entry kept"));
        assertThat(r.entries().stream().filter(e -> e.type() == EntityType.PERSON).count()).isEqualTo(195);
        ListEntry ned = r.entries().get(0);
        assertThat(ned.primaryName()).isEqualTo("National Endowment for Democracy");
        assertThat(ned.countries()).containsExactly("US");
        assertThat(names(ned, ListEntry.Name.Kind.ORIGINAL_SCRIPT)).containsExactly("美国国家民主基金会");
        assertThat(List.of(ListFormat.values())).contains(ListFormat.CSV);
    }
}
