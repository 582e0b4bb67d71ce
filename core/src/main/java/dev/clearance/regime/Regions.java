package dev.clearance.regime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regions Clearance knows ({@code regimes/regions.yaml}): every subdivision of a country some measure or
 * footnote is limited to regions of, and the named parts of subdivisions those measures name. A region given with a
 * request must be one of them (by code or name), so a mistyped region is refused, never read as "another region".
 */
public final class Regions {
    private final Map<String, Region> byCode;
    private final String source;

    /** The regions by code, in the file's order; {@code source} says where they come from. */
    public Regions(Map<String, Region> byCode, String source) {
        this.byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
        this.source = source;
    }

    /** Where the regions come from. */
    public String source() {
        return source;
    }

    /** Every region, in the file's order. */
    public List<Region> all() {
        return List.copyOf(byCode.values());
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
}
