package dev.clearance.regime.read;

import dev.clearance.regime.ApplicationRules;
import dev.clearance.regime.ApplicationRules.Filing;
import dev.clearance.regime.ApplicationRules.Review;
import dev.clearance.regime.ApplicationRules.RouteText;
import dev.clearance.regime.ApplicationRules.Stated;
import java.util.List;
import java.util.Set;

/** Reads a regime's {@code applications} section; every statement needs its source, every status is known. */
final class ApplicationRulesReader {
    private static final Set<String> STATUSES = Set.of("CONFIRMED", "CHECK");
    private static final Set<String> COUNTS = Set.of("CALENDAR", "WORKING");

    private ApplicationRulesReader() {
    }

    static ApplicationRules read(DataNode a, Set<String> groupCodes, Set<String> licenceCodes) {
        a.allow(Set.of("perContract", "filing", "dayCount", "documents", "review", "checklist", "named"));
        List<String> perContract = a.texts("perContract", n -> RegimeLoader.reference(n, licenceCodes, "licence type"));
        List<Filing> filing = a.list("filing").stream().map(f -> {
            f.allow(Set.of("licence", "office", "from", "to", "source"));
            return new Filing(licence(f, licenceCodes), f.text("office"), f.period(), f.text("source"));
        }).toList();
        Stated dayCount = a.has("dayCount") ? stated(a.get("dayCount"), "count", COUNTS) : null;
        Stated documents = a.has("documents") ? stated(a.get("documents"), "text", null) : null;
        List<Review> review = a.list("review").stream().map(r -> {
            r.allow(Set.of("licence", "from", "to", "days", "status", "source"));
            Integer days = r.optInt("days");
            if (days == null) {
                throw r.error("days", "required whole number is missing");
            }
            return new Review(licence(r, licenceCodes), r.period(), days, status(r), r.text("source"));
        }).toList();
        return new ApplicationRules(perContract, filing, dayCount, documents, review,
                routeTexts(a, "checklist", groupCodes, licenceCodes), routeTexts(a, "named", groupCodes, licenceCodes));
    }

    private static List<RouteText> routeTexts(DataNode a, String field, Set<String> groupCodes,
                                              Set<String> licenceCodes) {
        return a.list(field).stream().map(t -> {
            t.allow(Set.of("licence", "group", "from", "to", "text", "status", "source"));
            String group = t.has("group") ? RegimeLoader.reference(t.get("group"), groupCodes, "group") : null;
            return new RouteText(licence(t, licenceCodes), group, t.period(), t.text("text"), status(t),
                    t.text("source"));
        }).toList();
    }

    private static Stated stated(DataNode s, String field, Set<String> allowed) {
        s.allow(Set.of(field, "status", "source"));
        String text = s.text(field);
        if (allowed != null && !allowed.contains(text)) {
            throw s.error(field, "expected one of " + allowed + ": '" + text + "'");
        }
        return new Stated(text, status(s), s.text("source"));
    }

    private static String status(DataNode n) {
        String status = n.text("status");
        if (!STATUSES.contains(status)) {
            throw n.error("status", "expected CONFIRMED or CHECK: '" + status + "'");
        }
        return status;
    }

    private static String licence(DataNode n, Set<String> licenceCodes) {
        return RegimeLoader.reference(n.get("licence"), licenceCodes, "licence type");
    }
}
