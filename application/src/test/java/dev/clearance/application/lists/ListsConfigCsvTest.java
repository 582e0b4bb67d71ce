package dev.clearance.application.lists;

import dev.clearance.lists.ListFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A generic csv list in {@code lists.yaml}: its column mapping under {@code map:}. */
class ListsConfigCsvTest {
    @TempDir Path dir;

    @Test
    void aCsvListCarriesItsMapping() throws Exception {
        Path f = dir.resolve("lists.yaml");
        Files.writeString(f, "lists:\n  - name: own\n    format: csv\n    path: denied.csv\n"
                + "    map: {name: Clean Name, alias: Alias|Other, id: Ref, default-type: organization}\n");
        List<ListsConfig.ListSpec> specs = ListsConfig.read(f);
        assertThat(specs).singleElement().satisfies(s -> {
            assertThat(s.format()).isEqualTo(ListFormat.CSV);
            assertThat(s.mapping().columnsOf("alias")).containsExactly("Alias", "Other");
            assertThat(s.locations()).containsExactly(dir.resolve("denied.csv").toString());
        });
    }

    @Test
    void aMissingOrMisplacedOrBadMappingNamesItsPlace() throws Exception {
        Path f = dir.resolve("lists.yaml");
        Files.writeString(f, "lists:\n  - name: own\n    format: csv\n    path: denied.csv\n");
        assertThatThrownBy(() -> ListsConfig.read(f)).hasMessageContaining("lists[0].map")
                .hasMessageContaining("needs a column mapping");
        Files.writeString(f, "lists:\n  - name: un\n    format: un-xml\n    path: un.xml\n    map: {name: Name}\n");
        assertThatThrownBy(() -> ListsConfig.read(f)).hasMessageContaining("only the csv format");
        Files.writeString(f, "lists:\n  - name: own\n    format: csv\n    path: d.csv\n    map: {nam: Name}\n");
        assertThatThrownBy(() -> ListsConfig.read(f)).hasMessageContaining("lists[0].map")
                .hasMessageContaining("unknown mapping key 'nam'");
    }

    @Test
    void aListCarriesItsEffectAndAnUnknownOneIsRefusedNamingTheField() throws Exception {
        Path f = dir.resolve("lists.yaml");
        Files.writeString(f, "lists:\n  - name: own\n    format: csv\n    path: denied.csv\n"
                + "    map: {name: Name, effect: export-ban:JP}\n"
                + "  - name: wmd-users\n    format: meti-txt\n    path: eul.txt\n    effect: catch-all:JP\n"
                + "  - name: meti-russia\n    format: meti-txt\n    path: r.txt\n");
        List<ListsConfig.ListSpec> specs = ListsConfig.read(f);
        assertThat(specs.get(0).effect().word()).isEqualTo("export-ban:JP");
        assertThat(specs.get(1).effect().word()).isEqualTo("catch-all:JP");
        assertThat(specs.get(2).effect()).as("the format's default applies").isNull();
        Files.writeString(f, "lists:\n  - name: un\n    format: un-xml\n    path: un.xml\n    effect: embargo\n");
        assertThatThrownBy(() -> ListsConfig.read(f)).hasMessageContaining("lists[0].effect")
                .hasMessageContaining("unknown effect 'embargo'");
        Files.writeString(f, "lists:\n  - name: own\n    format: csv\n    path: d.csv\n    map: {name: N, effect: ban}\n");
        assertThatThrownBy(() -> ListsConfig.read(f)).hasMessageContaining("lists[0].map")
                .hasMessageContaining("effect");
    }
}
