package dev.clearance.impact;

import dev.clearance.regime.Countries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A timeline as plain text and as a JSON-ready map. */
public final class TimelineText {
    private TimelineText() {
    }

    public static String render(Timeline t) {
        StringBuilder s = new StringBuilder();
        s.append(Countries.name(t.country())).append(" (").append(t.country()).append(") in the ")
                .append(t.jurisdiction()).append(" regime, ").append(t.start()).append(" to ").append(t.end())
                .append('\n');
        String kind = null;
        for (Timeline.Lane lane : t.lanes()) {
            if (!lane.kind().equals(kind)) {
                kind = lane.kind();
                s.append('\n').append(kind).append('\n');
            }
            s.append("  ").append(lane.name()).append(": ")
                    .append(lane.intervals().stream().map(Timeline.Interval::toString).collect(Collectors.joining(" ")))
                    .append("\n      source: ").append(lane.source()).append('\n');
        }
        return s.toString();
    }

    public static Map<String, Object> toMap(Timeline t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", t.country());
        m.put("jurisdiction", t.jurisdiction());
        m.put("start", t.start().toString());
        m.put("end", t.end().toString());
        m.put("lanes", t.lanes().stream().map(l -> {
            Map<String, Object> lane = new LinkedHashMap<>();
            lane.put("kind", l.kind());
            lane.put("name", l.name());
            lane.put("intervals", l.intervals().stream().map(i -> {
                Map<String, Object> iv = new LinkedHashMap<>();
                iv.put("from", i.from().toString());
                iv.put("to", i.to() == null ? null : i.to().toString());
                return iv;
            }).toList());
            lane.put("source", l.source());
            return lane;
        }).toList());
        return m;
    }
}
