package dev.clearance.server.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clearance.lists.ListFormat;
import java.io.IOException;
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
 * </pre>
 */
public final class ListsConfig {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * One configured list.
     *
     * @param name unique list name, used in versions and audit records
     * @param format the published format
     * @param locations file paths (absolute) or http(s) URLs, primary first
     */
    public record ListSpec(String name, ListFormat format, List<String> locations) {
    }

    private ListsConfig() {
    }

    /**
     * Reads a lists file; a missing file means no lists.
     *
     * @throws IllegalArgumentException naming the entry at fault
     */
    public static List<ListSpec> read(Path file) {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage().split("\n", 2)[0], e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        JsonNode lists = root.get("lists");
        if (lists == null || !lists.isArray()) {
            throw new IllegalArgumentException(file + ": expected a top-level 'lists:' sequence");
        }
        Path base = file.toAbsolutePath().getParent();
        List<ListSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        for (JsonNode l : lists) {
            i++;
            String where = file + ": list " + i;
            String name = text(l, "name");
            if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException(where + ": 'name' is required (letters, digits, . _ -)");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": name '" + name + "' is used twice");
            }
            ListFormat format;
            try {
                format = ListFormat.fromName(text(l, "format"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " (" + name + "): " + e.getMessage(), e);
            }
            List<String> locations = new ArrayList<>();
            for (String key : new String[] {"path", "paths", "url", "urls"}) {
                JsonNode v = l.get(key);
                if (v == null) {
                    continue;
                }
                for (JsonNode e : v.isArray() ? v : List.of(v)) {
                    locations.add(resolve(base, e.asText().trim()));
                }
            }
            if (locations.isEmpty() || locations.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(where + " (" + name + "): give 'path', 'paths' or 'url'");
            }
            out.add(new ListSpec(name, format, List.copyOf(locations)));
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

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText().trim();
    }
}
