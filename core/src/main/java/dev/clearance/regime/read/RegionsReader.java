package dev.clearance.regime.read;

import dev.clearance.regime.Region;
import dev.clearance.regime.Regions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code regimes/regions.yaml} and checks the region codes other data files name against it. */
final class RegionsReader {
    static final String RESOURCE = "regimes/regions.yaml";

    private RegionsReader() {
    }

    /** The bundled regions, read once. */
    static Regions bundled() {
        return Holder.BUNDLED;
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
            try (InputStream in = RegionsReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
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
