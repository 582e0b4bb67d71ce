package dev.clearance.matching;

import dev.clearance.csv.CsvException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchScreeningTest {
    private static final Screener SCREENER = Screener.of(Entries.sample());

    @Test
    void writesRankedHitsAndReportsBadRowsWithLineNumbers() throws Exception {
        String in = "id,name,country,type,dob\n"
                + "q1,Vladimir Putin,RU,person,1952-10-07\n"
                + "q2,,RU,person,\n"
                + "q3,Nobody Atall,,,\n"
                + "q4,Sergey Lavrov,,spaceship,\n"
                + "q5,Sergey Lavrov,,,7th May\n"
                + "q6,Sergei Lavrov,,,\n";
        StringWriter out = new StringWriter();
        List<Long> progress = new ArrayList<>();
        BatchScreening.Report r = BatchScreening.run(SCREENER, "queries.csv", new StringReader(in), out,
                Screener.DEFAULT_THRESHOLD, 3, progress::add);
        assertThat(r.rows()).isEqualTo(6);
        assertThat(r.screened()).isEqualTo(3);
        assertThat(r.problems()).extracting(BatchScreening.Problem::line).containsExactly(3L, 5L, 6L);
        assertThat(r.problems().get(1).toString()).startsWith("queries.csv:5: column type");
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("query_id,rank,entry_id,list,matched_name,score,explanation,list_version,"
                + "line,outcome,refused");
        // every input row is written, in file order: hits, a row without hits, refused rows with id, line, reason
        assertThat(lines[1]).startsWith("q1,1,test:putin,Test list,Vladimir Vladimirovich Putin,0.").endsWith(",2,HIT,");
        assertThat(lines[2]).startsWith("q2,,").contains(",3,NOT_SCREENED,").contains("column name");
        assertThat(lines[3]).startsWith("q3,,").endsWith(",4,NO_HIT,");
        assertThat(lines[4]).startsWith("q4,,").contains(",5,NOT_SCREENED,").contains("column type");
        assertThat(lines[5]).startsWith("q5,,").contains(",6,NOT_SCREENED,").contains("column dob");
        assertThat(lines[6]).startsWith("q6,1,test:lavrov,").endsWith(",7,HIT,");
        assertThat(lines).hasSize(7);
        assertThat(r.hits()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithoutTheNameColumn() {
        assertThatThrownBy(() -> BatchScreening.run(SCREENER, "q.csv", new StringReader("id,nom\n1,x\n"),
                new StringWriter(), 0.75, 1, null)).isInstanceOf(CsvException.class).hasMessageContaining("name");
    }
}
