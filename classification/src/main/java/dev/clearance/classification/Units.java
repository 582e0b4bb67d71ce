package dev.clearance.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The units of {@code classification/units.tsv}, looked up by their written form. */
public final class Units {
    private final Map<String, Unit> byWritten;
    private final List<String> longestFirst;

    private Units(Map<String, Unit> byWritten) {
        this.byWritten = Map.copyOf(byWritten);
        List<String> w = new ArrayList<>(byWritten.keySet());
        w.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.longestFirst = List.copyOf(w);
    }

    public static Units bundled() {
        return Holder.UNITS;
    }

    /** The unit written so: exact case first; forms longer than three characters in any case. */
    public Optional<Unit> find(String written) {
        String w = written.trim().replaceAll("\\s+", " ").replace('μ', 'µ');
        Unit exact = byWritten.get(w);
        if (exact != null || w.length() <= 3) {
            return Optional.ofNullable(exact);
        }
        return byWritten.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(w)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** Written forms, longest first: the order a text is matched in. */
    public List<String> writtenForms() {
        return longestFirst;
    }

    static Units parse(String text) {
        Map<String, Unit> m = new LinkedHashMap<>();
        for (String[] f : DataFiles.rows(text, 5, "units.tsv")) {
            m.put(f[0], new Unit(f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return new Units(m);
    }

    private static final class Holder {
        static final Units UNITS = parse(DataFiles.resource("classification/units.tsv"));
    }
}
