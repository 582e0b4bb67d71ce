package dev.clearance.matching.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.lists.ListEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hit as the JSON contract shows it: the listed entry, the score and the structured explanation, records Jackson
 * writes in component order. The CLI prints it; the server adds the hit's review status.
 */
public final class MatchJson {
    /** Reads a hit into a plain map for callers that still add fields by name. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MatchJson() {
    }

    /**
     * A hit.
     *
     * @param entryId     the listed entry
     * @param list        its list
     * @param type        its type, in words
     * @param primaryName its primary name
     * @param matchedName the name of it that matched
     * @param score       the score, to four decimals
     * @param countries   its countries
     * @param birthDates  its dates of birth
     * @param programmes  its sanctions programmes
     * @param explanation why it matched
     */
    public record Hit(String entryId, String list, String type, String primaryName, String matchedName, double score,
                      List<String> countries, List<String> birthDates, List<String> programmes, Why explanation) {
    }

    /**
     * Why a name matched.
     *
     * @param summary      the explanation in one line (English)
     * @param nameScore    the name's score, to four decimals
     * @param tokens       each token's match, in words
     * @param queryOnly    tokens only the query has
     * @param listedOnly   tokens only the listed name has
     * @param qualifiers   what raised or lowered the score, in words
     * @param nameStrength the listed name's published strength
     */
    public record Why(String summary, double nameScore, List<String> tokens, List<String> queryOnly,
                      List<String> listedOnly, List<String> qualifiers, String nameStrength) {
    }

    /** @return the hit: entryId, list, type, primaryName, matchedName, score, countries, birthDates, programmes, explanation */
    public static Hit of(Match m) {
        ListEntry e = m.entry();
        return new Hit(e.id(), e.list(), e.type().word(), e.primaryName(), m.matchedName(), round(m.score()),
                e.countries(), e.birthDates(), e.programmes(), explanation(m.explanation()));
    }

    /** @return the hit's JSON fields as a mutable map, in order (its explanation a mutable map too) */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Match m) {
        return MAPPER.convertValue(of(m), LinkedHashMap.class);
    }

    private static Why explanation(Explanation x) {
        return new Why(x.render(), round(x.nameScore()), x.tokens().stream().map(TokenMatch::render).toList(),
                x.queryOnly(), x.listedOnly(), x.qualifiers().stream().map(Explanation.Qualifier::render).toList(),
                x.strength());
    }

    /** Scores to four decimals: enough to rank and to calibrate, without float noise. */
    public static double round(double score) {
        return Math.round(score * 10000) / 10000.0;
    }
}
