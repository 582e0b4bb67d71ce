package dev.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSourceTest {
    @Test
    void parsesFormatAndPaths() {
        ListSource s = ListSource.parse("ofac-csv:SDN.CSV,ALT.CSV, ADD.CSV");
        assertThat(s.format()).isEqualTo(ListFormat.OFAC_CSV);
        assertThat(s.paths()).containsExactly(Path.of("SDN.CSV"), Path.of("ALT.CSV"), Path.of("ADD.CSV"));
        assertThat(s.toString()).isEqualTo("ofac-csv:SDN.CSV,ALT.CSV,ADD.CSV");
        assertThat(ListSource.parse("UN-XML:/tmp/un.xml").format()).isEqualTo(ListFormat.UN_XML);
    }

    @Test
    void everyFormatHasItsCliName() {
        assertThat(List.of(ListFormat.values())).extracting(ListFormat::cliName).containsExactly("ofac-csv", "ofac-xml",
                "un-xml", "eu-xml", "eu-journal-csv", "csl-csv", "csl-json", "uk-csv", "meti-txt", "ftm-json", "csv");
        for (ListFormat f : ListFormat.values()) {
            assertThat(ListFormat.fromName(f.cliName())).isEqualTo(f);
        }
    }

    @Test
    void badSpecsNameTheBadPart() {
        assertThatThrownBy(() -> ListFormat.fromName("sdn")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sdn'").hasMessageContaining("ofac-csv, ofac-xml");
        assertThatThrownBy(() -> ListSource.parse("SDN.CSV")).hasMessageContaining("lacks the format");
        assertThatThrownBy(() -> ListSource.parse("xml:un.xml")).hasMessageContaining("unknown list format 'xml'");
        assertThatThrownBy(() -> ListSource.parse(":un.xml")).hasMessageContaining("empty format");
        assertThatThrownBy(() -> ListSource.parse("un-xml:")).hasMessageContaining("no path");
        assertThatThrownBy(() -> ListSource.parse("ofac-csv:a.csv,,c.csv")).hasMessageContaining("path 2 of 3 is empty");
        assertThatThrownBy(() -> ListSource.parse(" ")).hasMessageContaining("empty list source");
    }

    @Test
    void unreadableFilesAreProblemsNamingTheFile() {
        for (ListFormat f : ListFormat.values()) {
            ListSource source = ListSource.parse(f.cliName() + ":/no/such/list.file");
            LoadResult r = (f == ListFormat.CSV ? source.withMapping(ColumnMapping.parse("name=Name")) : source).load();
            assertThat(r.entries()).as(f.cliName()).isEmpty();
            assertThat(r.problems()).as(f.cliName()).singleElement()
                    .satisfies(p -> assertThat(p.toString()).contains("/no/such/list.file").contains("cannot read"));
        }
    }

    @Test
    void wrongFormatForAFileIsAProblem() {
        LoadResult r = ListFormat.UN_XML.load(Fixtures.fixture("eu-xml/fsf.xml"));
        assertThat(r.entries()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("root element is <export>"));
        LoadResult csv = ListFormat.UK_CSV.load(Fixtures.fixture("csl-csv/consolidated.csv"));
        assertThat(csv.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("lacks column"));
    }
}
