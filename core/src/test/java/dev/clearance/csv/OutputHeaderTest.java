package dev.clearance.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.input.BadRequestException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** An output carrying declared extra columns never holds two columns of one name. */
class OutputHeaderTest {
    private static final List<String> OWN = List.of("query_id", "rank", "outcome");

    @Test
    void extraColumnsComeAfterTheOutputsOwnTrimmed() {
        assertThat(CsvTable.outputHeader(OWN, List.of(" Colour ", "Region"))).containsExactly("query_id", "rank",
                "outcome", "Colour", "Region");
    }

    @Test
    void anExtraColumnNamedLikeAnOwnColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> CsvTable.outputHeader(OWN, List.of("Colour", " RANK ")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BadRequestException.Kind.CONFLICT);
                    assertThat(e.field()).isEqualTo("extraColumns");
                    assertThat(e.reason()).contains("RANK");
                });
    }

    @Property
    void theHeaderHasNoTwoColumnsOfOneKey(@ForAll List<@AlphaChars @StringLength(min = 1, max = 6) String> extra) {
        List<String> declared = CsvTable.Columns.of(List.of(), List.of()).withExtra(extra).extra().stream().toList();
        try {
            List<String> header = CsvTable.outputHeader(OWN, declared);
            assertThat(header.stream().map(CsvTable::columnKey).distinct().count()).isEqualTo(header.size());
        } catch (BadRequestException e) {
            assertThat(OWN.stream().map(CsvTable::columnKey)).contains(CsvTable.columnKey(e.reason().split("'")[1]));
        }
    }
}
