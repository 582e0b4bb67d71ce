package dev.clearance.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The quantities of {@code classification/quantities.tsv}. */
public final class Quantities {
    private final List<Quantity> all;

    private Quantities(List<Quantity> all) {
        this.all = List.copyOf(all);
    }

    public static Quantities bundled() {
        return Holder.QUANTITIES;
    }

    public List<Quantity> all() {
        return all;
    }

    /** The quantity a parameter name means (its name or one of its words), if known. */
    public Optional<Quantity> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Quantity q : all) {
            if (q.name().equals(n)) {
                return Optional.of(q);
            }
        }
        for (Quantity q : all) {
            if (q.words().contains(n.replace('_', ' '))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * The quantity of {@code dimension} named last in {@code clause} (the text before a number), if any: the word
     * nearest the number names what it measures.
     */
    public Optional<Quantity> namedIn(String clause, String dimension) {
        String c = " " + clause.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%\\- ]", " ") + " ";
        Quantity best = null;
        int bestAt = -1;
        for (Quantity q : all) {
            if (!q.dimension().equals(dimension)) {
                continue;
            }
            for (String w : q.words()) {
                int at = c.lastIndexOf(" " + w + " ");
                if (at > bestAt) {
                    bestAt = at;
                    best = q;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Quantities parse(String text) {
        List<Quantity> q = new ArrayList<>();
        for (String[] f : DataFiles.rows(text, 3, "quantities.tsv")) {
            q.add(new Quantity(f[0], f[1], List.of(f[2].split(","))));
        }
        return new Quantities(q);
    }

    private static final class Holder {
        static final Quantities QUANTITIES = parse(DataFiles.resource("classification/quantities.tsv"));
    }
}
