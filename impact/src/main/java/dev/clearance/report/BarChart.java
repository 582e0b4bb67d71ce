package dev.clearance.report;

import java.util.List;
import java.util.Locale;

/** A horizontal bar chart as inline SVG: one bar per label, scaled to the largest value. */
public final class BarChart {
    /** The least room for the labels; longer labels get more, so none is clipped. */
    private static final int LABEL = 170;
    /** Room per label character: the default sans-serif's widest letters (capitals, '_') stay under it. */
    private static final int CHAR = 11;
    private static final int BAR_SPAN = 400;
    private static final int ROW = 22;

    private BarChart() {
    }

    /** One bar. */
    public record Bar(String label, long value) {
    }

    /** The chart; negative values are drawn in a second colour from the same axis. */
    public static String svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(b -> Math.abs(b.value())).max().orElse(1));
        int height = ROW * bars.size() + 30;
        int label = Math.max(LABEL, bars.stream().mapToInt(b -> b.label().length()).max().orElse(0) * CHAR + 12);
        int span = BAR_SPAN;
        int width = label + span + 70;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", width, height, width, height,
                Html.escape(title)));
        s.append("<title>").append(Html.escape(title)).append("</title>");
        s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"14\" font-weight=\"bold\">%s</text>",
                Html.escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 24 + i * ROW;
            long w = Math.round((double) Math.abs(b.value()) / max * span);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    label - 6, y + 14, Html.escape(b.label())));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    label, y + 3, Math.max(w, 1), ROW - 6, b.value() < 0 ? "#c2410c" : "#2563eb"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d</text>", label + w + 4, y + 14,
                    b.value()));
        }
        return s.append("</svg>\n").toString();
    }
}
