package dev.clearance.lists;

import static dev.clearance.lists.Fixtures.entry;
import static dev.clearance.lists.Fixtures.names;
import static dev.clearance.lists.Fixtures.problemAt;
import static dev.clearance.lists.Fixtures.schemes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.lists.ListEntry.Name.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlLoadersTest {
    @Test
    void unIndividualsAndEntities() {
        LoadResult r = Fixtures.load(ListFormat.UN_XML, "un-xml/consolidated.xml");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("un:IQi.001", "un:6908556", "un:CDe.001");
        problemAt(r, "consolidated.xml", 29, "has no name");

        ListEntry saddam = entry(r, "un:IQi.001");
        assertThat(saddam.type()).isEqualTo(EntityType.PERSON);
        assertThat(saddam.list()).isEqualTo("UN Security Council Consolidated List");
        assertThat(saddam.primaryName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
        assertThat(names(saddam, Kind.ORIGINAL_SCRIPT)).containsExactly("صدام حسين التكريتي");
        assertThat(names(saddam, Kind.ALIAS)).containsExactly("Abu Ali");
        assertThat(names(saddam, Kind.WEAK_ALIAS)).containsExactly("Abou Ali");
        assertThat(saddam.countries()).containsExactly("IQ");
        assertThat(saddam.birthDates()).containsExactly("1937-04-28");
        assertThat(schemes(saddam, IdSchemes.PASSPORT)).containsExactly("M0003264580");
        assertThat(saddam.programmes()).containsExactly("Iraq");

        ListEntry adf = entry(r, "un:CDe.001");
        assertThat(adf.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(adf, Kind.ALIAS)).containsExactly("Allied Democratic Forces");
        assertThat(adf.countries()).containsExactly("CD", "UG");
    }

    @Test
    void euFinancialSanctionsXml() {
        LoadResult r = Fixtures.load(ListFormat.EU_XML, "eu-xml/fsf.xml");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("eu:EU.7985.24", "eu:EU.8282.49");
        problemAt(r, "fsf.xml", 22, "unknown subjectType code 'planet'");

        ListEntry person = entry(r, "eu:EU.7985.24");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.primaryName()).isEqualTo("Tatiana Vladimirovna ZJURAVLEVA");
        assertThat(names(person, Kind.ORIGINAL_SCRIPT)).containsExactly("Татьяна Владимировна ЖУРАВЛЕВА");
        assertThat(names(person, Kind.WEAK_ALIAS)).containsExactly("Tanya");
        assertThat(person.countries()).containsExactly("UA");
        assertThat(person.birthDates()).containsExactly("1967-12-19");
        assertThat(schemes(person, IdSchemes.PASSPORT)).containsExactly("EA123456");
        assertThat(person.programmes()).containsExactly("UKR");

        ListEntry company = entry(r, "eu:EU.8282.49");
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.countries()).containsExactly("BY");
        assertThat(schemes(company, IdSchemes.REGISTRATION)).containsExactly("808000714");
    }

    @Test
    void doctypeAndExternalEntityAreRefusedNotExpanded() {
        for (ListFormat f : new ListFormat[] {ListFormat.OFAC_XML, ListFormat.UN_XML, ListFormat.EU_XML}) {
            LoadResult r = Fixtures.load(f, "xml-refusal/xxe.xml");
            assertThat(r.entries()).as(f.cliName()).isEmpty();
            assertThat(r.problems()).as(f.cliName()).singleElement().satisfies(p -> {
                assertThat(p.file()).endsWith("xxe.xml");
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).contains("DOCTYPE").contains("refused").doesNotContain("root:");
            });
        }
    }

    @Test
    void truncatedXmlKeepsEarlierEntriesAndNamesTheLine(@TempDir Path dir) throws Exception {
        String whole = Files.readString(Fixtures.fixture("un-xml/consolidated.xml"));
        Path cut = dir.resolve("cut.xml");
        Files.writeString(cut, whole.substring(0, whole.indexOf("<ENTITIES>")) + "<ENTITIES><ENTITY><FIRST_NAME>X</FIRST");
        LoadResult r = ListFormat.UN_XML.load(cut);
        assertThat(r.entries()).extracting(ListEntry::id).contains("un:IQi.001");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.message()).startsWith("not well-formed XML");
            assertThat(p.line()).isPositive();
        });
    }
}
