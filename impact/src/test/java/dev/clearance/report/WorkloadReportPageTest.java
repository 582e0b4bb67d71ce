package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.OfficeWorkload;
import dev.clearance.impact.WorkloadEstimate;
import dev.clearance.impact.WorkloadSettings;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadReportPageTest {
    @Test
    void drawsBeforeAndAfterBarsAndEscapesLabels() throws IOException {
        String csv = "id,from,to,item,date,consignee\nA,KR,JP,3C002,2019-09-20,<b>Sony</b>\n"
                + "C,KR,JP,3C002,2019-10-21,Sony\n";
        DeterminationEngine engine = DeterminationEngine.bundled();
        WorkloadEstimate e = new OfficeWorkload(new ImpactSide("<before>", engine, LocalDate.of(2019, 9, 17)),
                new ImpactSide("after", engine, LocalDate.of(2019, 9, 18)),
                new WorkloadSettings(Map.of(), 480, 21, 2, null, null)).run("b.csv", new StringReader(csv), p -> { });
        String html = WorkloadReportPage.render(e);
        assertThat(html).contains("<svg", "INDIVIDUAL after", "COMPREHENSIVE before", "months to clear it")
                .contains("&lt;before&gt;").doesNotContain("<before>").doesNotContain("<b>Sony");
    }
}
