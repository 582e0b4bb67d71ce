package dev.clearance.regime.read;

import dev.clearance.regime.ControlReason;
import dev.clearance.regime.DestinationRule;
import dev.clearance.regime.EarData;
import dev.clearance.regime.EntryFlag;
import dev.clearance.regime.RegimeDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the US EAR's tables bundled under {@code regimes/us/} (written by EarDataGenerator, a tool among the tests). */
final class EarTables {
    /** The bundled tables under {@code regimes/us/}. */
    static final List<String> FILES = List.of("ccl.tsv", "chart.tsv", "groups.tsv", "footnotes.tsv");
    /** The tables' citations, kept by hand beside the generated tables. */
    static final String METADATA = "regimes/us/tables.yaml";

    private EarTables() {
    }

    /** The bundled tables, read once. */
    static EarData bundled() {
        return Holder.BUNDLED;
    }

    private static List<String[]> rows(String name, String text, int fields) {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        int line = 0;
        for (String row : text.split("\n")) {
            line++;
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = row.split("\t", -1);
            if (f.length != fields) {
                throw new RegimeDataException(name, "line " + line, "expected " + fields + " tab-separated fields");
            }
            out.add(f);
        }
        return out;
    }

    /** The tables' citations, from their metadata (comments there say what each is). */
    static EarData.Citations citations(DataNode n) {
        n.allow(Set.of("source", "groups", "embargoes", "entries", "chartRule", "chart", "footnote", "ruleNotes"));
        Map<String, String> ruleNotes = new LinkedHashMap<>();
        for (DataNode r : n.list("ruleNotes")) {
            r.allow(Set.of("mentions", "note"));
            if (ruleNotes.put(r.text("mentions"), r.text("note")) != null) {
                throw r.error("mentions", "duplicate section '" + r.text("mentions") + "'");
            }
        }
        return new EarData.Citations(n.text("source"), n.text("groups"), n.text("embargoes"), n.text("entries"),
                n.text("chartRule"), n.text("chart"), n.text("footnote"), ruleNotes);
    }

    static EarData parse(Map<String, String> files, EarData.Citations cite) {
        Map<String, EarData.Eccn> ccl = new TreeMap<>();
        for (String[] f : rows("us/ccl.tsv", files.get("ccl.tsv"), 4)) {
            List<ControlReason> reasons = new ArrayList<>();
            if (!f[1].isEmpty()) {
                for (String c : f[1].split(" \\| ")) {
                    String[] p = c.split(":", 3);
                    String scope = p.length > 2 ? p[2] : "";
                    List<String> paragraphs = List.of();
                    int slash = p[1].indexOf('/');
                    if (slash >= 0) {
                        paragraphs = List.of(p[1].substring(slash + 1).split(";"));
                        p[1] = p[1].substring(0, slash);
                    }
                    int arrow = scope.indexOf(" => ");
                    String text = arrow >= 0 ? scope.substring(arrow + 4) : "";
                    scope = arrow >= 0 ? scope.substring(0, arrow) : scope;
                    DestinationRule rule;
                    boolean conservative = false;
                    if (p[1].equals("-")) {
                        rule = DestinationRule.unread(text.isEmpty() ? scope : text);
                    } else if (p[1].startsWith("@")) {
                        conservative = p[1].endsWith("?");
                        rule = DestinationRule.parse(p[1].substring(1).replace("?", "").replace('.', ':'),
                                text.isEmpty() ? scope : text);
                    } else {
                        rule = DestinationRule.chart(p[0] + p[1]);
                    }
                    reasons.add(new ControlReason(p[0], scope, rule, conservative || !scope.isEmpty()
                            && !scope.startsWith("entire entry"), cite.entries() + ", " + f[0]
                            + (rule.kind() == DestinationRule.Kind.CHART ? "; " + cite.chartRule() : ": " + rule.text())
                            + cite.ruleNote(rule.text()),
                            paragraphs));
                }
            }
            Map<String, EntryFlag> flags = new LinkedHashMap<>();
            if (!f[2].isEmpty()) {
                for (String flag : f[2].split(" ;; ")) {
                    int eq = flag.indexOf('=');
                    flags.put(flag.substring(0, eq), new EntryFlag(flag.substring(0, eq), flag.substring(eq + 1)));
                }
            }
            ccl.put(f[0], new EarData.Eccn(f[0], reasons, flags, f[3]));
        }
        Map<String, EarData.ChartRow> chart = new TreeMap<>();
        for (String[] f : rows("us/chart.tsv", files.get("chart.tsv"), 5)) {
            chart.put(f[0], new EarData.ChartRow(f[0], f[1], f[2].isEmpty() ? Set.of() : new TreeSet<>(List.of(f[2].split(" "))),
                    f[3].isEmpty() ? List.of() : List.of(f[3].split(" ")), f[4]));
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String[] f : rows("us/groups.tsv", files.get("groups.tsv"), 3)) {
            groups.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[2]);
            labels.put(f[0], f[1]);
        }
        Map<String, String> notes = new LinkedHashMap<>();
        for (String[] f : rows("us/footnotes.tsv", files.get("footnotes.tsv"), 2)) {
            notes.put(f[0], f[1]);
        }
        return new EarData(Collections.unmodifiableMap(ccl), Collections.unmodifiableMap(chart),
                Collections.unmodifiableMap(groups), labels, notes, cite);
    }

    private static final class Holder {
        static final EarData BUNDLED = load();

        private static EarData load() {
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : FILES) {
                files.put(f, new String(read("regimes/us/" + f), StandardCharsets.UTF_8));
            }
            return parse(files, citations(DataNode.parse(METADATA, read(METADATA))));
        }

        private static byte[] read(String path) {
            try (InputStream in = EarTables.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("bundled EAR data missing: " + path);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("bundled EAR data unreadable: " + path, e);
            }
        }
    }
}
