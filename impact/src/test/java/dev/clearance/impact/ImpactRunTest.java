package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.csv.CsvWriter;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.orders.OrderReader;
import dev.clearance.report.ImpactReportPage;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one impact runner of the CLI and the API keeps every rejected line's number and reason, and the changes. */
class ImpactRunTest {
    private static final LocalDate BEFORE = LocalDate.parse("2019-08-27");
    private static final LocalDate AFTER = LocalDate.parse("2019-08-28");

    private static BookImpact impact() {
        DeterminationEngine engine = DeterminationEngine.bundled();
        return new BookImpact(new ImpactSide(BEFORE.toString(), engine, BEFORE),
                new ImpactSide(AFTER.toString(), engine, AFTER));
    }

    @Test
    void rejectedLinesKeepTheirLineNumberColumnAndReasonAndTheChangesAreWritten() throws Exception {
        String csv = OrderBooks.HEADER + "\n"
                + "a,JP,KR,2B001,2019-08-01,,,civil,,false\n"
                + "b,JP,XX,2B001,2019-08-01,,,civil,,false\n"
                + "c,JP,KR,2B001,2019-13-01,,,civil,,false\n"
                + "f,JP,US,2B001,2019-08-01,,,civil,,false\n";
        List<String> told = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        ImpactRun.Outcome run = ImpactRun.run(impact(), OrderReader.open("orders.csv", new StringReader(csv)),
                new ChangesCsv(writer), e -> told.add(e.getMessage()), progress::add);
        writer.flush();

        assertThat(run.totals().rejectedLines()).isEqualTo(2);
        assertThat(run.rejected()).extracting(ImpactRun.RejectedLine::line).containsExactly(3L, 4L);
        assertThat(run.rejected().get(0).reason()).contains("XX");
        assertThat(run.rejected().get(1).reason()).contains("date");
        assertThat(told).hasSize(2);
        assertThat(told.get(0)).startsWith("orders.csv:3:");
        assertThat(run.examples()).extracting(c -> c.line().id()).containsExactly("a");
        assertThat(out.toString().split("\r?\n")).hasSize(2).anyMatch(l -> l.startsWith("a,JP,KR,2B001"));
        assertThat(progress.stream().mapToLong(Long::longValue).sum()).isEqualTo(4);

        ImpactRun.Summary summary = run.summary("before", "after");
        assertThat(summary.rejectedLines()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(run.rejected());
        assertThat(ImpactReportPage.render(run, "before", "after")).contains("Rejected lines",
                "<td class=\"n\">3</td>", "<td class=\"n\">4</td>");
    }

    @Test
    void noChangesCsvIsWrittenWhenNoneIsAskedFor() throws Exception {
        String csv = OrderBooks.HEADER + "\na,JP,KR,2B001,2019-08-01,,,civil,,false\n";
        ImpactRun.Outcome run = ImpactRun.run(impact(), OrderReader.open("orders.csv", new StringReader(csv)), null,
                e -> { }, n -> { });
        assertThat(run.totals().changedLines()).isEqualTo(1);
        assertThat(run.rejected()).isEmpty();
        assertThat(ImpactReportPage.render(run, "before", "after")).doesNotContain("Rejected lines");
    }
}
