package dev.clearance.impact;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A destination's timeline under a regime, as the JSON contract the CLI writes.
 *
 * @param country      the destination
 * @param jurisdiction the regime
 * @param start        the first day
 * @param end          the last day
 * @param lanes        each standing or measure with the intervals it held
 */
public record TimelineJson(String country, String jurisdiction, String start, String end, List<LaneJson> lanes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A lane.
     *
     * @param kind      what it is
     * @param name      its name
     * @param intervals when it held
     * @param source    where it is written
     */
    public record LaneJson(String kind, String name, List<IntervalJson> intervals, String source) {
    }

    /**
     * An interval.
     *
     * @param from the first day
     * @param to   the last day, or null when open
     */
    public record IntervalJson(String from, String to) {
    }

    /** @return the timeline in the contract's shape */
    public static TimelineJson of(Timeline t) {
        return new TimelineJson(t.country(), t.jurisdiction(), t.start().toString(), t.end().toString(),
                t.lanes().stream().map(l -> new LaneJson(l.kind(), l.name(), l.intervals().stream()
                        .map(i -> new IntervalJson(i.from().toString(), i.to() == null ? null : i.to().toString()))
                        .toList(), l.source())).toList());
    }

    /** @return the contract's fields as a map, in order */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return MAPPER.convertValue(this, LinkedHashMap.class);
    }
}
