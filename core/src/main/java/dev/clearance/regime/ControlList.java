package dev.clearance.regime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of control-list entries in the multilateral numbering, with what Japan and Korea need
 * to know about each: whether it is an entry of the multilateral lists (Wassenaar, NSG, Australia
 * Group, MTCR) that those regimes adopt, or a US-only ECCN. Bundled as {@code regimes/control-list.tsv},
 * which ControlListGenerator (a tool among the tests) writes from the Commerce Control List ({@code ear/ccl.json}); the
 * product never reads {@code ../shared} at run time. The multilateral entries the CCL does not hold (Category 0,
 * which the US controls under NRC rules; 2B352, 1C012, 1C450 ...) and entries the CCL classes differently from
 * the EU's Annex I (3A232) are added by hand with their sources in {@code regimes/control-list-added.tsv}: an
 * added row replaces the generated one, and every added entry is CHECK (its source is secondary or a reference
 * from another entry's text).
 */
public final class ControlList {
    /** Where the catalogue's facts come from. */
    public static final String SOURCE = "15 CFR 774 Supp. No. 1, Commerce Control List, eCFR 2026-07-23 (ear/ccl.json);"
            + " multilateral entries told from US-only ECCNs by reasons for control and numbering (ear/README.md;"
            + " regimes.md §8.3)";
    static final String RESOURCE = "regimes/control-list.tsv";
    static final String ADDED = "regimes/control-list-added.tsv";
    /** The header of the generated catalogue (what the test-side generator writes). */
    static final String HEADER = "code\tregime\tstatus\treasons\theading";
    static final String ADDED_HEADER = "code\tregime\tsource\theading";
    private final Map<String, Entry> byCode;

    private ControlList(Map<String, Entry> byCode) {
        this.byCode = byCode;
    }

    /** What an entry of the catalogue is for Japan and Korea. */
    public enum Status {
        /** A multilateral entry (reasons NS, MT, NP or CB; not numbered x5xx, x6xx, x9xx). */
        LISTED,
        /**
         * A multilateral number whose reasons for control the CCL does not give (mostly items the US
         * controls under the ITAR): listed, its regime inferred from its number (CHECK).
         */
        LISTED_CHECK,
        /** A US-unilateral ECCN (3A090, 5A992, any x9xx): not an entry of the Japanese or Korean list. */
        US_ONLY,
        /** A US 500/600-series munitions number: the multilateral lists number these items differently. */
        US_MUNITIONS;

        public boolean listed() {
            return this == LISTED || this == LISTED_CHECK;
        }
    }

    /**
     * One ECCN.
     *
     * @param regime  WA, WA-ML (Wassenaar Munitions List), NSG, AG, MTCR, or US for US-only numbers
     * @param reasons the CCL's reasons for control as printed (NS, AT ...); empty when it gives none
     * @param source  where an added entry comes from; empty for the CCL's own (see {@link #SOURCE})
     */
    public record Entry(String code, String regime, Status status, String reasons, String heading, String source) {
        public Entry(String code, String regime, Status status, String reasons, String heading) {
            this(code, regime, status, reasons, heading, "");
        }

        /** True when the entry was added by hand, not generated from the CCL. */
        public boolean added() {
            return !source.isEmpty();
        }
    }

    /** The bundled catalogue, read once. */
    public static ControlList bundled() {
        return Holder.BUNDLED;
    }

    /** The entry of the stem of {@code code} (3C002 for 3C002.a.2), if the catalogue has it. */
    public Optional<Entry> find(String code) {
        String c = Codes.canonical(code);
        return Optional.ofNullable(byCode.get(c.length() >= 5 ? c.substring(0, 5) : c));
    }

    public List<Entry> entries() {
        return List.copyOf(byCode.values());
    }

    /** Parses the catalogue file: comment lines with {@code #}, a header, then tab-separated rows. */
    public static ControlList parse(String name, String text) {
        Map<String, Entry> m = new LinkedHashMap<>();
        boolean header = true;
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            if (header) {
                if (!row.equals(HEADER)) {
                    throw new RegimeDataException(name, "line " + line, "expected the header " + HEADER);
                }
                header = false;
                continue;
            }
            if (f.length != 5 || !Codes.isValid(f[0]) || f[0].length() != 5) {
                throw new RegimeDataException(name, "line " + line, "expected code, regime, status, reasons, heading");
            }
            Status status;
            try {
                status = Status.valueOf(f[2]);
            } catch (IllegalArgumentException e) {
                throw new RegimeDataException(name, "line " + line, "unknown status '" + f[2] + "'");
            }
            if (m.put(f[0], new Entry(f[0], f[1], status, f[3], f[4])) != null) {
                throw new RegimeDataException(name, "line " + line, "duplicate entry " + f[0]);
            }
        }
        return new ControlList(java.util.Collections.unmodifiableMap(m));
    }

    /**
     * The catalogue with the added entries of {@code text} (comment lines with {@code #}, the header
     * {@value #ADDED_HEADER}, then code, list regime, source, heading): each is LISTED_CHECK and replaces the
     * generated row of its code.
     */
    public ControlList withAdded(String name, String text) {
        Map<String, Entry> m = new java.util.TreeMap<>(byCode);
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean header = true;
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!row.equals(ADDED_HEADER)) {
                    throw new RegimeDataException(name, "line " + line, "expected the header " + ADDED_HEADER);
                }
                header = false;
                continue;
            }
            String[] f = row.split("\t", -1);
            if (f.length != 4 || !Codes.isValid(f[0]) || f[0].length() != 5) {
                throw new RegimeDataException(name, "line " + line, "expected code (like 2B352), regime, source, heading");
            }
            if (!RegimeLoader.LIST_REGIMES.contains(f[1])) {
                throw new RegimeDataException(name, "line " + line, "unknown list regime '" + f[1] + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(RegimeLoader.LIST_REGIMES)) + ")");
            }
            if (f[2].isBlank() || f[3].isBlank()) {
                throw new RegimeDataException(name, "line " + line, "an added entry needs its source and heading");
            }
            if (!seen.add(f[0])) {
                throw new RegimeDataException(name, "line " + line, "duplicate entry " + f[0]);
            }
            m.put(f[0], new Entry(f[0], f[1], Status.LISTED_CHECK, "", f[3], f[2]));
        }
        return new ControlList(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    }

    private static final class Holder {
        static final ControlList BUNDLED = load();

        private static ControlList load() {
            try (InputStream in = ControlList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled control list missing: " + RESOURCE);
                }
                ControlList generated = parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return generated.withAdded(ADDED, read(ADDED));
            } catch (IOException e) {
                throw new IllegalStateException("bundled control list unreadable: " + RESOURCE, e);
            }
        }

        private static String read(String path) throws IOException {
            try (InputStream in = ControlList.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("bundled control list missing: " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
