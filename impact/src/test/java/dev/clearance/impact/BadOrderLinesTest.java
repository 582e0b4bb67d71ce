package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.csv.CsvException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad order lines are reported with their line numbers and the rest of the book is still compared. */
class BadOrderLinesTest {
    private static final LocalDate BEFORE = LocalDate.parse("2019-08-27");
    private static final LocalDate AFTER = LocalDate.parse("2019-08-28");

    @Test
    void badRowsAreReportedByLineAndTheRestProcessed() {
        String csv = OrderBooks.HEADER + "\n"
                + "a,JP,KR,2B001,2019-08-01,,,civil,,false\n"
                + "b,JP,XX,2B001,2019-08-01,,,civil,,false\n"
                + "c,JP,KR,2B001,2019-13-01,,,civil,,false\n"
                + "d,JP,JP,2B001,2019-08-01,,,civil,,false\n"
                + "e,JP,KR,NONE,2019-08-01,,,wmd,,false\n"
                + "f,JP,US,2B001,2019-08-01,,,civil,,false\n";
        Impacts impact = Impacts.between(csv, BEFORE, AFTER);
        assertThat(impact.rejected).hasSize(3);
        assertThat(impact.rejected.get(0)).startsWith("orders.csv:3:").contains("XX");
        assertThat(impact.rejected.get(1)).startsWith("orders.csv:4:").contains("date");
        assertThat(impact.rejected.get(2)).startsWith("orders.csv:5:").contains("column to");
        assertThat(impact.changes.keySet()).containsExactly("a", "e");
        assertThat(impact.totals.lines()).isEqualTo(3);
        assertThat(impact.totals.rejectedLines()).isEqualTo(3);
    }

    @Test
    void aBookWithoutTheRequiredColumnsIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> Impacts.between("id,from,to\n1,JP,KR\n", BEFORE, AFTER))
                .isInstanceOf(CsvException.class).hasMessageContaining("orders.csv:1").hasMessageContaining("item");
    }
}
