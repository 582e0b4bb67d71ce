package dev.clearance.application.lists;

import dev.clearance.lists.ColumnMapping;
import dev.clearance.lists.ListFormat;
import dev.clearance.regime.read.DataNode;
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
 *     effect: export-ban:JP
 * </pre>
 *
 * <p>{@code effect} says what a hit on the list means in law ({@code KIND[:ISSUER]}: export-ban, catch-all,
 * licence, blocking or screening, e.g. {@code export-ban:JP}); without it a list has its format's default
 * ({@link dev.clearance.lists.ListEffects}: METI's lists export-ban:JP, OFAC SDN blocking:US ...; a {@code csv}
 * list screening, whose hits are a CHECK).
 *
 * <p>Optional settings beside {@code lists}: {@code maxShrink} (share of a list's entries a new version may lose
 * before it is refused, default 0.10), {@code maxAge} (ISO-8601 duration after which a list not confirmed from its
 * source is stale, default P7D), {@code updateEvery} (how often the server checks every list's source, default
 * PT12H; {@code PT0S} switches the schedule off), {@code allowHosts} (hosts a list URL may name although they
 * resolve to loopback, link-local or private addresses) and {@code maxDownloadMegabytes} (default 256).
 */
public final class ListsConfig {
    /**
     * The settings of a lists file.
     *
     * @param maxShrink share of entries a new version may lose before it is refused (0..1)
     * @param maxAge age after which a list not confirmed from its source is stale
     * @param updateEvery interval of the scheduled update (zero: none)
     * @param allowHosts host names (lower case) allowed to resolve to non-public addresses
     * @param maxDownloadBytes largest list download accepted
     */
    public record Settings(double maxShrink, java.time.Duration maxAge, java.time.Duration updateEvery,
            Set<String> allowHosts, long maxDownloadBytes) {
        /** The defaults: 10%, 7 days, 12 hours, no host, 256 MiB. */
        public static final Settings DEFAULTS = new Settings(0.10, java.time.Duration.ofDays(7),
                java.time.Duration.ofHours(12), Set.of(), 256L << 20);
    }

    /**
     * A whole lists file.
     *
     * @param settings its settings
     * @param lists its lists
     */
    public record Config(Settings settings, List<ListSpec> lists) {
    }

    /**
     * One configured list.
     *
     * @param name unique list name, used in versions and audit records
     * @param format the published format
     * @param locations file paths (absolute) or http(s) URLs, primary first
     * @param mapping the column mapping of the generic {@code csv} format ({@code map:}); {@code null} otherwise
     * @param effect what a hit means in law ({@code effect:}); {@code null} for the format's default
     */
    public record ListSpec(String name, ListFormat format, List<String> locations, ColumnMapping mapping,
                           dev.clearance.regime.ListEffect effect) {
        /** A list in a published format. */
        public ListSpec(String name, ListFormat format, List<String> locations) {
            this(name, format, locations, null, null);
        }

        /** A list with its column mapping and the format's default effect. */
        public ListSpec(String name, ListFormat format, List<String> locations, ColumnMapping mapping) {
            this(name, format, locations, mapping, null);
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
        return readConfig(file).lists();
    }

    /**
     * Reads a lists file with its settings; a missing or empty file means no lists and the default settings.
     *
     * @throws IllegalArgumentException naming the file and the path of the entry at fault
     */
    public static Config readConfig(Path file) {
        Config none = new Config(Settings.DEFAULTS, List.of());
        if (file == null || !Files.exists(file)) {
            return none;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": unreadable: " + e.getMessage(), e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return none;
        }
        try {
            DataNode root = DataNode.parse(file.toString(), bytes);
            return new Config(settings(root), specs(root, file.toAbsolutePath().getParent()));
        } catch (RegimeDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Settings settings(DataNode root) {
        Settings d = Settings.DEFAULTS;
        double maxShrink = d.maxShrink();
        if (root.has("maxShrink")) {
            String v = root.text("maxShrink");
            try {
                maxShrink = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                maxShrink = -1;
            }
            if (!(maxShrink >= 0 && maxShrink < 1)) {
                throw root.error("maxShrink", "a share from 0 to below 1 (e.g. 0.10), not '" + v + "'");
            }
        }
        Set<String> hosts = new HashSet<>();
        if (root.has("allowHosts")) {
            hosts.addAll(root.texts("allowHosts", n -> n.asText().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        Integer mb = root.optInt("maxDownloadMegabytes");
        if (mb != null && mb < 1) {
            throw root.error("maxDownloadMegabytes", "must be at least 1");
        }
        return new Settings(maxShrink, duration(root, "maxAge", d.maxAge()),
                duration(root, "updateEvery", d.updateEvery()), Set.copyOf(hosts),
                mb == null ? d.maxDownloadBytes() : mb * (1L << 20));
    }

    private static java.time.Duration duration(DataNode root, String field, java.time.Duration fallback) {
        if (!root.has(field)) {
            return fallback;
        }
        String v = root.text(field);
        try {
            java.time.Duration parsed = java.time.Duration.parse(v);
            if (parsed.isNegative()) {
                throw root.error(field, "must not be negative: '" + v + "'");
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException e) {
            throw root.error(field, "an ISO-8601 duration such as PT12H or P7D, not '" + v + "'");
        }
    }

    private static List<ListSpec> specs(DataNode root, Path base) {
        root.allow(Set.of("lists", "maxShrink", "maxAge", "updateEvery", "allowHosts", "maxDownloadMegabytes"));
        List<ListSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DataNode l : root.list("lists")) {
            l.allow(Set.of("name", "format", "path", "paths", "url", "urls", "map", "effect"));
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
            for (String key : new String[] {"url", "urls"}) {
                if (l.has(key) && locations.stream().anyMatch(x -> x.contains("://") && !isUrl(x))) {
                    throw l.error(key, "only http:// and https:// URLs are fetched");
                }
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
            dev.clearance.regime.ListEffect effect = null;
            if (l.has("effect")) {
                try {
                    effect = dev.clearance.regime.ListEffect.parse(l.text("effect"));
                } catch (IllegalArgumentException e) {
                    throw l.error("effect", e.getMessage());
                }
            } else if (mapping != null) {
                effect = mapping.effect();
            }
            out.add(new ListSpec(name, format, List.copyOf(locations), mapping, effect));
        }
        return List.copyOf(out);
    }

    /** @return whether a location is an http(s) URL (anything else is a file path) */
    public static boolean isUrl(String location) {
        String l = location.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    private static String resolve(Path base, String location) {
        if (location.isEmpty() || isUrl(location) || location.contains("://")) {
            return location;
        }
        Path p = Path.of(location);
        return (p.isAbsolute() || base == null ? p : base.resolve(p)).normalize().toString();
    }
}
