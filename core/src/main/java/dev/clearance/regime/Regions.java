package dev.clearance.regime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions Clearance knows ({@code regimes/regions.yaml}): every subdivision of a country some measure or
 * footnote is limited to regions of, and the named parts of subdivisions those measures name. A region given with a
 * request must be one of them (by code or name), so a mistyped region is refused, never read as "another region".
 */
public final class Regions {
    static final String RESOURCE = "regimes/regions.yaml";
    private final Map<String, Region> byCode;
    private final String source;

    private Regions(Map<String, Region> byCode, String source) {
        this.byCode = byCode;
        this.source = source;
    }

    /** The bundled regions, read once. */
    public static Regions bundled() {
        return Holder.BUNDLED;
    }

    /** Where the regions come from. */
    public String source() {
        return source;
    }

    /** The region of this code, if known. */
    public Optional<Region> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The regions of a country, in the file's order; empty when none is known. */
    public List<Region> of(String country) {
        return byCode.values().stream().filter(r -> r.country().equals(country)).toList();
    }

    /** The region of {@code country} a request names by its code or one of its names (either case), if known. */
    public Optional<Region> find(String country, String given) {
        String g = given.strip();
        for (Region r : of(country)) {
            if (r.code().equalsIgnoreCase(g) || r.name().equalsIgnoreCase(g)
                    || r.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(g))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** True when {@code inner} is {@code outer} or lies within it. */
    public boolean within(String inner, String outer) {
        for (Region r = byCode.get(inner); r != null; r = r.within() == null ? null : byCode.get(r.within())) {
            if (r.code().equals(outer)) {
                return true;
            }
        }
        return false;
    }

    static Regions parse(String name, byte[] bytes) {
        DataNode root = DataNode.parse(name, bytes).allow(Set.of("source", "regions"));
        Map<String, Region> out = new LinkedHashMap<>();
        List<DataNode> nodes = root.list("regions");
        for (DataNode n : nodes) {
            n.allow(Set.of("code", "country", "within", "name", "aliases"));
            String country = RegimeLoader.country(n.get("country"));
            String code = n.text("code").trim().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}-[A-Z0-9-]{1,12}") || !code.startsWith(country + "-")) {
                throw n.error("code", "expected an ISO 3166-2 code of " + country + " such as " + country + "-43: '"
                        + code + "'");
            }
            Region r = new Region(code, country, n.optText("within", null), n.text("name"),
                    n.texts("aliases", DataNode::asText));
            if (out.put(code, r) != null) {
                throw n.error("code", "duplicate region " + code);
            }
        }
        for (DataNode n : nodes) {
            String within = n.optText("within", null);
            if (within != null && !out.containsKey(within)) {
                throw n.error("within", "unknown region " + within);
            }
        }
        return new Regions(out, root.text("source"));
    }

    /** The region codes a data file names, checked against the known regions (an unknown one is an error there). */
    static List<String> codes(DataNode n, String field) {
        List<String> out = new ArrayList<>();
        for (String c : n.texts(field, DataNode::asText)) {
            if (bundled().get(c).isEmpty()) {
                throw n.error(field, "unknown region '" + c + "' (regions are the codes of " + RESOURCE + ")");
            }
            out.add(c);
        }
        return out;
    }

    private static final class Holder {
        static final Regions BUNDLED = load();

        private static Regions load() {
            try (InputStream in = Regions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled regions missing: " + RESOURCE);
                }
                return parse(RESOURCE, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("bundled regions unreadable: " + RESOURCE, e);
            }
        }
    }
}
