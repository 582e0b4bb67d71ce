package dev.clearance.server.lists;

import dev.clearance.lists.ColumnMapping;
import dev.clearance.lists.ListFormat;
import dev.clearance.regime.DataNode;
import dev.clearance.regime.RegimeDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lists file ({@code lists.yaml}): which lists to screen against, each by name, format and one or more paths
 * or URLs. Relative paths are taken from the file's folder.
 *
 * <pre>
 * lists:
 *   - name: un
 *     format: un-xml
 *     path: un_consolidated.xml
 *   - name: ofac-sdn
 *     format: ofac-csv
 *     paths: [SDN.CSV, ALT.CSV, ADD.CSV]
 *   - name: uk
 *     format: uk-csv
 *     url: https://example.org/ConList.csv
 *   - name: own-denied-parties
 *     format: csv
 *     path: denied.csv
 *     map: {name: Name, alias: Aliases, id: Ref, default-type: organization}
 * </pre>
 */
public final class ListsConfig {
    /**
     * One configured list.
     *
     * @param name unique list name, used in versions and audit records
     * @param format the published format
     * @param locations file paths (absolute) or http(s) URLs, primary first
     * @param mapping the column mapping of the generic {@code csv} format ({@code map:}); {@code null} otherwise
     */
    public record ListSpec(String name, ListFormat format, List<String> locations, ColumnMapping mapping) {
        /** A list in a published format. */
        public ListSpec(String name, ListFormat format, List<String> locations) {
            this(name, format, locations, null);
        }
    }

    private ListsConfig() {
    }

    /**
     * Reads a lists file; a missing or empty file means no lists. Read as strictly as the regime data
     * (a misspelt key is an error, not a silently ignored list), through the same parser.
     *
     * @throws IllegalArgumentException naming the file and the path of the entry at fault
     */
    public static List<ListSpec> read(Path file) {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": unreadable: " + e.getMessage(), e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return List.of();
        }
        try {
            return specs(DataNode.parse(file.toString(), bytes), file.toAbsolutePath().getParent());
        } catch (RegimeDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static List<ListSpec> specs(DataNode root, Path base) {
        root.allow(Set.of("lists"));
        List<ListSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DataNode l : root.list("lists")) {
            l.allow(Set.of("name", "format", "path", "paths", "url", "urls", "map"));
            String name = l.text("name");
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw l.error("name", "letters, digits, . _ - only: '" + name + "'");
            }
            if (!names.add(name)) {
                throw l.error("name", "'" + name + "' is used twice");
            }
            ListFormat format;
            try {
                format = ListFormat.fromName(l.text("format"));
            } catch (IllegalArgumentException e) {
                throw l.error("format", e.getMessage());
            }
            List<String> locations = new ArrayList<>();
            for (String key : new String[] {"path", "url"}) {
                if (l.has(key)) {
                    locations.add(resolve(base, l.text(key).trim()));
                }
            }
            for (String key : new String[] {"paths", "urls"}) {
                locations.addAll(l.texts(key, n -> resolve(base, n.asText().trim())));
            }
            if (locations.isEmpty() || locations.stream().anyMatch(String::isEmpty)) {
                throw l.error("give 'path', 'paths' or 'url'");
            }
            ColumnMapping mapping = null;
            if (l.has("map")) {
                DataNode m = l.get("map");
                java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
                for (String key : m.fieldNames()) {
                    columns.put(key, m.text(key));
                }
                try {
                    mapping = new ColumnMapping(columns);
                } catch (IllegalArgumentException e) {
                    throw l.error("map", e.getMessage());
                }
            }
            if ((format == ListFormat.CSV) != (mapping != null)) {
                throw l.error("map", format == ListFormat.CSV ? "the csv format needs a column mapping (map: {name: COLUMN, ...})"
                        : "only the csv format takes a column mapping");
            }
            out.add(new ListSpec(name, format, List.copyOf(locations), mapping));
        }
        return List.copyOf(out);
    }

    private static String resolve(Path base, String location) {
        if (location.isEmpty() || location.startsWith("http://") || location.startsWith("https://")) {
            return location;
        }
        Path p = Path.of(location);
        return (p.isAbsolute() || base == null ? p : base.resolve(p)).normalize().toString();
    }
}
