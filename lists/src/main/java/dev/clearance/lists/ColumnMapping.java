package dev.clearance.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which columns of a headed CSV hold what, for the generic {@code csv} list format: a company's own
 * denied-party list or any list published as a table.
 *
 * <p>Written {@code name=Clean Name,alias=Alias|Previous Name,id=QID} on the command line, or one
 * {@code key=value} per line in a mapping file (lines starting with {@code #} are comments). Keys:
 * <ul>
 *   <li>{@code name} (required): the column of the primary name</li>
 *   <li>{@code alias}: alias columns, several separated by {@code |}; {@code weak-alias}: columns of weak aliases</li>
 *   <li>{@code alias-separator}: what separates several aliases in one cell (default {@code ;})</li>
 *   <li>{@code id}: the entry id column (default: the line number); {@code type}: the type column
 *       (person, organization, vessel, aircraft ...); {@code default-type}: the type when there is no type column or it is empty</li>
 *   <li>{@code country}, {@code dob} (date of birth or incorporation), {@code programme}: columns, several
 *       values in a cell separated by the alias separator</li>
 *   <li>{@code source}: the id prefix (default {@code csv}); {@code list}: the list's display name (default: the file name)</li>
 *   <li>{@code effect}: what a hit means in law, {@code KIND[:ISSUER]} ({@code export-ban:JP}, {@code catch-all:JP},
 *       {@code licence:US}, {@code blocking:US}, {@code screening}; see {@link dev.clearance.regime.ListEffect});
 *       default {@code screening}: a hit is a CHECK</li>
 * </ul>
 *
 * @param columns the mapping, key to value as written (multi-column keys keep their {@code |})
 */
public record ColumnMapping(Map<String, String> columns) {
    /** Every key a mapping may use. */
    public static final Set<String> KEYS = Set.of("name", "alias", "weak-alias", "alias-separator", "id", "type",
            "default-type", "country", "dob", "programme", "source", "list", "effect");

    public ColumnMapping {
        columns = Map.copyOf(columns);
        for (String k : columns.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown mapping key '" + k + "': expected one of " + String.join(", ",
                        KEYS.stream().sorted().toList()));
            }
        }
        if (columns.getOrDefault("name", "").isBlank()) {
            throw new IllegalArgumentException("the mapping names no 'name' column (name=COLUMN)");
        }
        String effect = columns.get("effect");
        if (effect != null) {
            try {
                dev.clearance.regime.ListEffect.parse(effect);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("effect: " + e.getMessage(), e);
            }
        }
        String t = columns.get("default-type");
        if (t != null && EntityType.parse(t) == null) {
            throw new IllegalArgumentException("default-type '" + t + "': expected person, organization, vessel or aircraft");
        }
    }

    /**
     * Parses {@code key=value,key=value}, or, when the text is {@code @FILE} or the path of an existing file,
     * reads that file (one {@code key=value} per line).
     *
     * @throws IllegalArgumentException naming the part at fault
     */
    public static ColumnMapping parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty column mapping: expected name=COLUMN[,alias=COLUMN,...] or a mapping file");
        }
        String t = text.strip();
        Path file = null;
        if (t.startsWith("@")) {
            file = Path.of(t.substring(1));
        } else if (!t.contains("=")) {
            file = Path.of(t);
        }
        if (file != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("mapping file " + file + ": cannot read: " + e.getMessage(), e);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    put(m, line, file + ":" + (i + 1));
                }
            }
            return of(m, file.toString());
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : t.split(",")) {
            if (!part.isBlank()) {
                put(m, part.strip(), "mapping");
            }
        }
        return of(m, "mapping");
    }

    private static ColumnMapping of(Map<String, String> m, String where) {
        try {
            return new ColumnMapping(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> m, String pair, String where) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(where + ": expected key=value, found '"
                    + (pair.length() > 200 ? pair.substring(0, 200) + "..." : pair) + "'");
        }
        String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = pair.substring(eq + 1).strip();
        if (m.put(key, value) != null) {
            throw new IllegalArgumentException(where + ": key '" + key + "' given twice");
        }
    }

    /** The columns of a key ({@code |}-separated), none when absent. */
    public List<String> columnsOf(String key) {
        String v = columns.get(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String c : v.split("\\|")) {
                if (!c.isBlank()) {
                    out.add(c.strip());
                }
            }
        }
        return out;
    }

    /** A single setting, or {@code fallback}. */
    public String setting(String key, String fallback) {
        String v = columns.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** The legal effect the mapping gives the list's entries, or null for none (see {@link ListEffects}). */
    public dev.clearance.regime.ListEffect effect() {
        String v = columns.get("effect");
        return v == null || v.isBlank() ? null : dev.clearance.regime.ListEffect.parse(v);
    }

    /** Every column the mapping reads (each must be in the file's header). */
    public List<String> required() {
        List<String> out = new ArrayList<>();
        for (String k : List.of("name", "alias", "weak-alias", "id", "type", "country", "dob", "programme")) {
            for (String c : columnsOf(k)) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The mapping as written on the command line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(columns).forEach((k, v) -> b.append(b.length() > 0 ? "," : "").append(k).append('=').append(v));
        return b.toString();
    }
}
