package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.BookImpact;
import dev.clearance.impact.CountryTimeline;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.ImpactTotals;
import dev.clearance.impact.LineChange;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.impact.Timeline;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML pages are self-contained, escape what comes from input, and draw their charts. */
class ReportPagesTest {
    @Test
    void escapesMarkup() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void theImpactReportHasChartsAndEscapesOrderIds() throws IOException {
        DeterminationEngine engine = DeterminationEngine.bundled();
        BookImpact impact = new BookImpact(new ImpactSide("2019-08-27", engine, LocalDate.parse("2019-08-27")),
                new ImpactSide("2019-08-28", engine, LocalDate.parse("2019-08-28")));
        List<LineChange> changes = new ArrayList<>();
        ImpactTotals totals = impact.run("o.csv", new StringReader("id,from,to,item,date,end_use\n"
                + "\"<b>x</b>\",JP,KR,2B001,2019-08-01,civil\nz,JP,KR,NONE,2019-08-01,wmd\n"), changes::add);
        String html = ImpactReportPage.render(totals, "2019-08-27", "2019-08-28", changes);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<style>", "&lt;b&gt;x&lt;/b&gt;",
                "GENERAL_BULK", "KR").doesNotContain("<b>x</b>", "<script", "http-equiv", "<link");
        assertThat(html).contains("Changed lines by destination");
    }

    @Test
    void anImpactWithoutChangesSaysSo() {
        String html = ImpactReportPage.render(new ImpactTotals(), "a", "b", List.of());
        assertThat(html).contains("No order line changes.").doesNotContain("<svg");
    }

    @Test
    void theTimelineDrawsOneBarPerInterval() {
        Timeline t = CountryTimeline.of(RegimeData.bundled().require("JP"), "KR", LocalDate.parse("2024-06-30"));
        String svg = TimelinePage.svg(t);
        long bars = t.lanes().stream().mapToLong(l -> l.intervals().size()).sum();
        assertThat(svg.split("<rect", -1)).hasSize((int) bars + 1);
        assertThat(svg).contains(">2020<", ">2024<", "group A");
        assertThat(TimelinePage.render(t)).contains("South Korea (KR) in the JP regime", "<svg");
    }

    @Test
    void theComparisonPageShowsBothRegimesAndTheirTreatmentOfEachOther() {
        Regimes r = RegimeData.bundled();
        String html = ComparisonPage.render(RegimeComparison.of(DeterminationEngine.bundled(), r.require("JP"),
                r.require("KR"), LocalDate.parse("2020-01-01")));
        assertThat(html).contains("JP → KR", "KR → JP", "Ga-2", "SPECIAL_GENERAL_BULK", "class=\"source\"")
                .doesNotContain("<script");
    }
}
