package dev.clearance.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of the control list (two ccl.json snapshots read into corpora): paragraphs
 * added, removed, reworded, or whose thresholds moved; and which classified products that touches, as work for
 * the officers ({@code classify review}).
 */
public final class ListChanges {
    /** How a paragraph changed. */
    public enum Kind { ADDED, REMOVED, THRESHOLDS, TEXT }

    /** One changed paragraph with its old and new text and thresholds side by side. */
    public record Change(String code, Kind kind, String oldText, String newText, List<String> oldThresholds,
                         List<String> newThresholds) {
        public Change {
            oldThresholds = List.copyOf(oldThresholds);
            newThresholds = List.copyOf(newThresholds);
        }
    }

    /** A product whose classification rests on a changed paragraph (the paragraph, one enclosing it, or one under it). */
    public record Review(String product, String classifiedAs, Change change) {
    }

    private ListChanges() {
    }

    public static List<Change> between(Corpus before, Corpus after) {
        List<Change> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        before.paragraphs().forEach(p -> codes.add(p.code()));
        after.paragraphs().forEach(p -> codes.add(p.code()));
        for (String code : codes) {
            Paragraph o = before.find(code).orElse(null);
            Paragraph n = after.find(code).orElse(null);
            if (o == null) {
                out.add(new Change(code, Kind.ADDED, "", n.text(), List.of(), bounds(n)));
            } else if (n == null) {
                out.add(new Change(code, Kind.REMOVED, o.text(), "", bounds(o), List.of()));
            } else if (!bounds(o).equals(bounds(n))) {
                out.add(new Change(code, Kind.THRESHOLDS, o.text(), n.text(), bounds(o), bounds(n)));
            } else if (!o.text().equals(n.text())) {
                out.add(new Change(code, Kind.TEXT, o.text(), n.text(), bounds(o), bounds(n)));
            }
        }
        return out;
    }

    /** The products (product to the paragraph it is classified under) a change touches, one row per product and change. */
    public static List<Review> affected(List<Change> changes, Map<String, String> classified) {
        List<Review> out = new ArrayList<>();
        for (Map.Entry<String, String> e : classified.entrySet()) {
            for (Change c : changes) {
                if (related(e.getValue(), c.code())) {
                    out.add(new Review(e.getKey(), e.getValue(), c));
                }
            }
        }
        return out;
    }

    private static boolean related(String classifiedAs, String changed) {
        return classifiedAs.equals(changed) || classifiedAs.startsWith(changed + ".") || changed.startsWith(classifiedAs + ".");
    }

    private static List<String> bounds(Paragraph p) {
        return p.thresholds().stream().map(t -> t.quantity() + " " + t.bounds()).toList();
    }
}
