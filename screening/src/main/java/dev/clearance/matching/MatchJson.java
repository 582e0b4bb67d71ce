package dev.clearance.matching;

import dev.clearance.lists.ListEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hit as plain maps and lists for any JSON writer: the listed entry, the score and the structured
 * explanation. The CLI prints it; the server adds the hit's review status.
 */
public final class MatchJson {
    private MatchJson() {
    }

    /** The hit: entryId, list, type, primaryName, matchedName, score, countries, birthDates, programmes, explanation. */
    public static Map<String, Object> toMap(Match m) {
        ListEntry e = m.entry();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("entryId", e.id());
        h.put("list", e.list());
        h.put("type", e.type().word());
        h.put("primaryName", e.primaryName());
        h.put("matchedName", m.matchedName());
        h.put("score", round(m.score()));
        h.put("countries", e.countries());
        h.put("birthDates", e.birthDates());
        h.put("programmes", e.programmes());
        h.put("explanation", explanation(m.explanation()));
        return h;
    }

    private static Map<String, Object> explanation(Explanation x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", x.render());
        m.put("nameScore", round(x.nameScore()));
        List<String> tokens = new ArrayList<>();
        for (TokenMatch t : x.tokens()) {
            tokens.add(t.render());
        }
        m.put("tokens", tokens);
        m.put("queryOnly", x.queryOnly());
        m.put("listedOnly", x.listedOnly());
        m.put("qualifiers", x.qualifiers().stream().map(Explanation.Qualifier::render).toList());
        m.put("nameStrength", x.strength());
        return m;
    }

    /** Scores to four decimals: enough to rank and to calibrate, without float noise. */
    public static double round(double score) {
        return Math.round(score * 10000) / 10000.0;
    }
}
