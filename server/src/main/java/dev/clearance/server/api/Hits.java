package dev.clearance.server.api;

import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Match;
import dev.clearance.matching.MatchJson;
import dev.clearance.records.HitDecision;
import dev.clearance.records.HitDecisions;
import dev.clearance.records.ReviewStatus;
import dev.clearance.server.lists.LoadedLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Screens a party and describes each hit with its explanation and review status, for the API and the audit trail. */
final class Hits {
    private Hits() {
    }

    /**
     * Screens and describes the hits, best first; the party's decisions are read once.
     *
     * @param standing the party's standing decisions ({@link HitDecisions#standing})
     */
    static List<Map<String, Object>> screen(LoadedLists lists, HitDecisions.Standing standing, Party party,
            double threshold, int top) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Match m : lists.screener().screen(party.query(), threshold, top)) {
            ListEntry e = m.entry();
            String ef = LoadedLists.fingerprint(e);
            out.add(describe(m, ef, standing.status(e.id(), ef)));
        }
        return out;
    }

    private static Map<String, Object> describe(Match m, String entryFingerprint, ReviewStatus status) {
        Map<String, Object> h = MatchJson.toMap(m);
        h.put("entryFingerprint", entryFingerprint);
        h.put("review", review(status));
        return h;
    }

    /** @return whether a described hit raises an alert (anything but a standing false positive) */
    static boolean alert(Map<String, Object> hit) {
        return !"REVIEWED".equals(((Map<?, ?>) hit.get("review")).get("state"));
    }

    private static Map<String, Object> review(ReviewStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name());
        HitDecision d = s.decision();
        if (d != null) {
            m.put("decisionId", d.id());
            m.put("decision", d.kind().name());
            m.put("reason", d.reason());
            m.put("officer", d.officer());
            m.put("reviewedAt", d.decidedAt().toString());
            if (d.confirmation() != null) {
                m.put("confirmedBy", d.confirmation().officer());
            }
            m.put("partyChanged", s.partyChanged());
            m.put("entryChanged", s.entryChanged());
        }
        return m;
    }

    static double round(double score) {
        return MatchJson.round(score);
    }
}
