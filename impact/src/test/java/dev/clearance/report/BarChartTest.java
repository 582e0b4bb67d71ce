package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Labels get the room they need: a long route name is not clipped at the chart's left edge. */
class BarChartTest {
    private static final Pattern BAR = Pattern.compile("<rect x=\"(\\d+)\"");
    private static final Pattern LABEL = Pattern.compile("<text x=\"(\\d+)\" y=\"\\d+\" text-anchor=\"end\">([^<]*)</text>");

    @Test
    void theLabelsRoomGrowsWithTheLongestLabel() {
        String svg = BarChart.svg("Applications", List.of(new BarChart.Bar("SPECIAL_GENERAL_BULK before", 12),
                new BarChart.Bar("INDIVIDUAL after", 3)));
        Matcher label = LABEL.matcher(svg);
        while (label.find()) {
            // right-aligned at x: it starts at x minus its width, about 11 px a character at the default size
            assertThat(Integer.parseInt(label.group(1)) - 11 * label.group(2).length()).as(label.group(2))
                    .isGreaterThanOrEqualTo(0);
        }
        Matcher bar = BAR.matcher(svg);
        assertThat(bar.find()).isTrue();
        assertThat(Integer.parseInt(bar.group(1))).isGreaterThan(170);
    }

    @Test
    void shortLabelsKeepTheUsualLayout() {
        Matcher bar = BAR.matcher(BarChart.svg("t", List.of(new BarChart.Bar("KR", 1))));
        assertThat(bar.find()).isTrue();
        assertThat(bar.group(1)).isEqualTo("170");
    }
}
