package dev.clearance.report;

import dev.clearance.impact.Timeline;
import dev.clearance.regime.Countries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A country's timeline in a regime: one lane per group, sanctions measure, measure, licence type, catch-all and review rule, bars over a date axis. */
public final class TimelinePage {
    private static final int LABEL = 300;
    private static final int WIDTH = 1100;
    private static final int LANE = 24;
    private static final Map<String, String> COLOURS = Map.of("group", "#2563eb", "measure", "#c2410c",
            "licence", "#15803d", "catch-all", "#7c3aed", "processing", "#0e7490", "sanctions", "#b91c1c");

    private TimelinePage() {
    }

    /** In English. */
    public static String render(Timeline t) {
        return render(t, ReportText.english());
    }

    /** The page in the reader's language; lane names (codes) and sources as recorded. */
    public static String render(Timeline t, ReportText w) {
        StringBuilder b = new StringBuilder();
        b.append(Html.p("muted", w.text("tl.intro", t.start(), t.end())));
        b.append(svg(t, w));
        List<List<String>> rows = new ArrayList<>();
        for (Timeline.Lane lane : t.lanes()) {
            rows.add(List.of(Html.escape(kind(lane, w)), Html.name(lane.name()), Html.name(String.join(" ",
                    lane.intervals().stream().map(Timeline.Interval::toString).toList())), Html.recorded(lane.source())));
        }
        b.append(Html.tableOfMarkup(List.of(w.text("tl.col.kind"), w.text("tl.col.what"), w.text("tl.col.when"),
                w.text("tl.col.source")), rows));
        return Html.page(w.language(), w.text("tl.title", Countries.name(t.country()), t.country(), t.jurisdiction()),
                b.toString());
    }

    private static String kind(Timeline.Lane lane, ReportText w) {
        return w.text("tl.kind." + lane.kind());
    }

    /** The chart alone, for embedding, in English. */
    public static String svg(Timeline t) {
        return svg(t, ReportText.english());
    }

    /** The chart alone, for embedding. */
    public static String svg(Timeline t, ReportText words) {
        long days = Math.max(1, ChronoUnit.DAYS.between(t.start(), t.end()) + 1);
        int span = WIDTH - LABEL - 20;
        int height = 40 + LANE * t.lanes().size();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"timeline\">", WIDTH, height, WIDTH, height));
        for (int year = t.start().getYear(); year <= t.end().getYear() + 1; year++) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            if (jan.isBefore(t.start()) || jan.isAfter(t.end())) {
                continue;
            }
            double x = LABEL + (double) ChronoUnit.DAYS.between(t.start(), jan) / days * span;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d0d6dc\"/>",
                    x, x, height - 20));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                    x, height - 6, year));
        }
        for (int i = 0; i < t.lanes().size(); i++) {
            Timeline.Lane lane = t.lanes().get(i);
            int y = 8 + i * LANE;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL - 8,
                    y + 15, Html.escape(kind(lane, words) + " " + lane.name())));
            for (Timeline.Interval iv : lane.intervals()) {
                LocalDate to = iv.to() == null ? t.end().plusDays(1) : iv.to();
                double x = LABEL + (double) ChronoUnit.DAYS.between(t.start(), iv.from()) / days * span;
                double w = Math.max(1, (double) ChronoUnit.DAYS.between(iv.from(), to) / days * span);
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s</title></rect>", x, y + 3, w, LANE - 8,
                        COLOURS.getOrDefault(lane.kind(), "#5b6670"), Html.escape(lane.name() + " " + iv)));
            }
        }
        return s.append("</svg>\n").toString();
    }
}
