package dev.clearance.server.api;

import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Match;
import dev.clearance.matching.MatchJson;
import dev.clearance.records.ReviewStatus;
import dev.clearance.records.ReviewedHits;
import dev.clearance.server.lists.LoadedLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Screens a party and describes each hit with its explanation and review status, for the API and the audit trail. */
final class Hits {
    private Hits() {
    }

    /** Screens and describes the hits, best first. */
    static List<Map<String, Object>> screen(LoadedLists lists, ReviewedHits reviews, Party party, double threshold,
            int top) {
        List<Map<String, Object>> out = new ArrayList<>();
        String pf = party.fingerprint();
        for (Match m : lists.screener().screen(party.query(), threshold, top)) {
            ListEntry e = m.entry();
            String ef = LoadedLists.fingerprint(e);
            ReviewStatus status = party.key() != null ? reviews.lookup(party.key(), pf, e.id(), ef)
                    : reviews.lookup(pf, e.id(), ef);
            out.add(describe(m, ef, status));
        }
        return out;
    }

    private static Map<String, Object> describe(Match m, String entryFingerprint, ReviewStatus status) {
        Map<String, Object> h = MatchJson.toMap(m);
        h.put("entryFingerprint", entryFingerprint);
        h.put("review", review(status));
        return h;
    }

    private static Map<String, Object> review(ReviewStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name());
        if (s.review() != null) {
            m.put("decision", "FALSE_POSITIVE");
            m.put("reason", s.review().reason());
            m.put("officer", s.review().officer());
            m.put("reviewedAt", s.review().reviewedAt().toString());
            m.put("partyChanged", s.partyChanged());
            m.put("entryChanged", s.entryChanged());
        }
        return m;
    }

    static double round(double score) {
        return MatchJson.round(score);
    }
}
