package dev.clearance.regime.read;

import dev.clearance.regime.Codes;
import dev.clearance.regime.ControlList;
import dev.clearance.regime.ControlList.Entry;
import dev.clearance.regime.ControlList.Status;
import dev.clearance.regime.RegimeDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled catalogue of control-list entries: {@code regimes/control-list.tsv} (written by
 * ControlListGenerator, a tool among the tests) and the entries added by hand in
 * {@code regimes/control-list-added.tsv}.
 */
final class ControlListReader {
    static final String RESOURCE = "regimes/control-list.tsv";
    static final String ADDED = "regimes/control-list-added.tsv";
    /** The catalogue's metadata: where its facts come from. */
    static final String METADATA = "regimes/control-list.yaml";
    /** The header of the generated catalogue (what the test-side generator writes). */
    static final String HEADER = "code\tregime\tstatus\treasons\theading";
    static final String ADDED_HEADER = "code\tregime\tsource\theading";

    private ControlListReader() {
    }

    /** The bundled catalogue, read once. */
    static ControlList bundled() {
        return Holder.BUNDLED;
    }

    /** Parses the catalogue file: comment lines with {@code #}, a header, then tab-separated rows. */
    static ControlList parse(String name, String text, String source) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Row r : rows(name, text, HEADER)) {
            int line = r.line();
            String[] f = r.fields();
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
        return new ControlList(java.util.Collections.unmodifiableMap(m), source);
    }

    /**
     * The catalogue with the added entries of {@code text} (comment lines with {@code #}, the header
     * {@value #ADDED_HEADER}, then code, list regime, source, heading): each is LISTED_CHECK and replaces the
     * generated row of its code.
     */
    static ControlList withAdded(ControlList generated, String name, String text) {
        Map<String, Entry> m = new java.util.TreeMap<>();
        generated.entries().forEach(e -> m.put(e.code(), e));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Row r : rows(name, text, ADDED_HEADER)) {
            int line = r.line();
            String[] f = r.fields();
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
        return new ControlList(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)), generated.source());
    }

    /** A data row of a catalogue file: its line number and tab-separated fields. */
    private record Row(int line, String[] fields) {
    }

    /**
     * The data rows of a catalogue file: comment lines ({@code #}) and blank lines skipped, the first other line
     * the header, which must be {@code header}.
     */
    private static List<Row> rows(String name, String text, String header) {
        List<Row> rows = new java.util.ArrayList<>();
        boolean first = true;
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (first) {
                if (!row.equals(header)) {
                    throw new RegimeDataException(name, "line " + line, "expected the header " + header);
                }
                first = false;
                continue;
            }
            rows.add(new Row(line, row.split("\t", -1)));
        }
        return rows;
    }

    private static final class Holder {
        static final ControlList BUNDLED = load();

        private static ControlList load() {
            try (InputStream in = ControlListReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled control list missing: " + RESOURCE);
                }
                DataNode meta = DataNode.parse(METADATA, read(METADATA).getBytes(StandardCharsets.UTF_8));
                meta.allow(java.util.Set.of("source"));
                ControlList generated = parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        meta.text("source"));
                return withAdded(generated, ADDED, read(ADDED));
            } catch (IOException e) {
                throw new IllegalStateException("bundled control list unreadable: " + RESOURCE, e);
            }
        }

        private static String read(String path) throws IOException {
            try (InputStream in = ControlListReader.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("bundled control list missing: " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
