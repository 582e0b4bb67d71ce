package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.ControlList;
import dev.clearance.regime.RegimeDataException;
import org.junit.jupiter.api.Test;

/** The catalogue files are read row by row after their header; a wrong header or row is refused naming its line. */
class ControlListReaderTest {
    private static final String GENERATED = "# generated\n" + ControlListReader.HEADER + "\n"
            + "3A001\tWA\tLISTED\tNS\tElectronic components\n"
            + "\n# a comment between rows\n"
            + "5A992\tUS\tLISTED\tAT\tMass-market encryption\n";

    @Test
    void rowsAfterTheHeaderAreEntriesAndCommentsAreSkipped() {
        ControlList list = ControlListReader.parse("cl.tsv", GENERATED, "test");
        assertThat(list.entries()).extracting(ControlList.Entry::code).containsExactly("3A001", "5A992");
        ControlList added = ControlListReader.withAdded(list, "added.tsv", ControlListReader.ADDED_HEADER + "\n"
                + "2B352\tAG\tsanctions.md\tEquipment for handling biological materials\n");
        assertThat(added.entries()).extracting(ControlList.Entry::code).contains("2B352", "3A001", "5A992");
    }

    @Test
    void aWrongHeaderOrABadRowIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> ControlListReader.parse("cl.tsv", "# x\ncode\tregime\n3A001\tWA\n", "test"))
                .isInstanceOf(RegimeDataException.class).hasMessageContaining("line 2").hasMessageContaining("header");
        assertThatThrownBy(() -> ControlListReader.parse("cl.tsv", GENERATED + "3A001\tWA\tLISTED\tNS\tagain\n",
                "test")).isInstanceOf(RegimeDataException.class).hasMessageContaining("line 7")
                .hasMessageContaining("duplicate");
        ControlList list = ControlListReader.parse("cl.tsv", GENERATED, "test");
        assertThatThrownBy(() -> ControlListReader.withAdded(list, "added.tsv", ControlListReader.ADDED_HEADER
                + "\n2B352\tXX\tsrc\theading\n")).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("line 2").hasMessageContaining("XX");
    }
}
