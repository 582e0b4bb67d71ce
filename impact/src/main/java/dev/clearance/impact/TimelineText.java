package dev.clearance.impact;

import dev.clearance.regime.Countries;
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

    /** @return the timeline's JSON fields as a map, in order ({@link TimelineJson} is the contract) */
    public static Map<String, Object> toMap(Timeline t) {
        return TimelineJson.of(t).toMap();
    }
}
