package dev.clearance.regime;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The US EAR's tables as of the eCFR of 2026-07-23: the Commerce Control List (reasons for control
 * with their Country Chart columns, LVS and GBS flags), the Commerce Country Chart, the Country
 * Groups and the chart's footnotes. Bundled under {@code regimes/us/} by EarDataGenerator (a tool among the tests).
 */
public final class EarData {
    /** Where the tables come from. */
    public static final String SOURCE = "15 CFR 738 Supp. No. 1 (Country Chart), 740 Supp. No. 1 (Country Groups),"
            + " 774 Supp. No. 1 (CCL), eCFR 2026-07-23 (ear/ via seelpeed-debug/export-controls-agent-mcp)";
    private final Map<String, Eccn> ccl;
    private final Map<String, ChartRow> chart;
    private final Map<String, Set<String>> groups;
    private final Map<String, String> groupLabels;
    private final Map<String, String> footnotes;

    /** The bundled tables under {@code regimes/us/}. */
    static final java.util.List<String> FILES = java.util.List.of("ccl.tsv", "chart.tsv", "groups.tsv", "footnotes.tsv");

    private EarData(Map<String, Eccn> ccl, Map<String, ChartRow> chart, Map<String, Set<String>> groups,
                    Map<String, String> groupLabels, Map<String, String> footnotes) {
        this.ccl = ccl;
        this.chart = chart;
        this.groups = groups;
        this.groupLabels = groupLabels;
        this.footnotes = footnotes;
    }

    /**
     * One ECCN with its reasons for control and its licence exception flags as printed.
     *
     * @param reasons the reasons for control, each with the destinations that need a licence for it
     * @param flags   licence exception symbol (LVS, GBS, TSR, STA ...) to its flag
     */
    public record Eccn(String code, List<ControlReason> reasons, Map<String, EntryFlag> flags, String heading) {
        public Eccn {
            reasons = List.copyOf(reasons);
            flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        }

        /** The LVS value limit in US dollars, or null when LVS is not available. */
        public BigDecimal lvsLimit() {
            EntryFlag f = flags.get("LVS");
            return f == null || f.status() == EntryFlag.Status.NA ? null : f.limit();
        }

        /** The LVS flag as printed, empty when none. */
        public String lvs() {
            return flags.containsKey("LVS") ? flags.get("LVS").text() : "";
        }

        /** The GBS flag as printed, empty when none. */
        public String gbs() {
            return flags.containsKey("GBS") ? flags.get("GBS").text() : "";
        }
    }

    /** A destination's row of the Country Chart. */
    public record ChartRow(String country, String name, Set<String> x, List<String> footnotes, String embargo) {
    }

    /** The bundled tables, read once. */
    public static EarData bundled() {
        return Holder.BUNDLED;
    }

    public Optional<Eccn> eccn(String code) {
        String c = Codes.canonical(code);
        return Optional.ofNullable(ccl.get(c.length() >= 5 ? c.substring(0, 5) : c));
    }

    /** Every ECCN, by code. */
    public java.util.Collection<Eccn> eccns() {
        return ccl.values();
    }

    /** Every row of the Country Chart. */
    public java.util.Collection<ChartRow> rows() {
        return chart.values();
    }

    public Optional<ChartRow> row(String country) {
        return Optional.ofNullable(chart.get(country));
    }

    /** The Country Groups (A:1 ... E:2) {@code country} is in, in order. */
    public List<String> groupsOf(String country) {
        List<String> out = new ArrayList<>();
        groups.forEach((g, members) -> {
            if (members.contains(country)) {
                out.add(g);
            }
        });
        return out;
    }

    public boolean inGroup(String group, String country) {
        return groups.getOrDefault(group, Set.of()).contains(country);
    }

    /** The destinations whose chart row points to an embargo (part 746) instead of carrying X, as embargoes. */
    public List<Embargo> embargoes(Period coverage) {
        List<Embargo> out = new ArrayList<>();
        chart.values().stream().filter(r -> !r.embargo().isEmpty()).forEach(r -> out.add(new Embargo("part 746 " + r.country(),
                List.of(r.country()), new Period(coverage.from(), null), r.name() + " is embargoed: " + r.embargo(),
                SOURCE + "; 15 CFR 746")));
        return out;
    }

    public String footnote(String number) {
        return footnotes.getOrDefault(number, "");
    }

    /** The Country Groups as regime groups, so standing, timelines and views see them. */
    public List<CountryGroup> countryGroups(Period coverage) {
        List<CountryGroup> out = new ArrayList<>();
        groups.forEach((g, members) -> {
            List<Membership> ms = new ArrayList<>();
            for (String c : members) {
                ms.add(new Membership(c, new Period(coverage.from(), null), "15 CFR 740 Supp. No. 1 (eCFR 2026-07-23)", true));
            }
            out.add(new CountryGroup(g, "Country Group " + g + " (" + groupLabels.get(g) + ")", Period.ALWAYS, true,
                    List.of(), ms, "15 CFR 740 Supp. No. 1 (eCFR 2026-07-23)", ""));
        });
        return out;
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

    static EarData parse(Map<String, String> files) {
        Map<String, Eccn> ccl = new TreeMap<>();
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
                            && !scope.startsWith("entire entry"), "15 CFR 774 Supp. No. 1, " + f[0]
                            + (rule.kind() == DestinationRule.Kind.CHART ? "; 15 CFR 738.4" : ": " + rule.text())
                            + (rule.text().toLowerCase(java.util.Locale.ROOT).contains("742.15")
                            ? " (§742.15(a)(1): every destination except Canada; sanctions.md §6)"
                            : rule.text().contains("746.1") ? " (§746.1(b): the Country Chart's footnote-1 rows and"
                            + " Country Group D:5, conservatively: the §746.1(b) list is not held; sanctions.md §6)" : ""),
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
            ccl.put(f[0], new Eccn(f[0], reasons, flags, f[3]));
        }
        Map<String, ChartRow> chart = new TreeMap<>();
        for (String[] f : rows("us/chart.tsv", files.get("chart.tsv"), 5)) {
            chart.put(f[0], new ChartRow(f[0], f[1], f[2].isEmpty() ? Set.of() : new TreeSet<>(List.of(f[2].split(" "))),
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
                Collections.unmodifiableMap(groups), labels, notes);
    }

    private static final class Holder {
        static final EarData BUNDLED = load();

        private static EarData load() {
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : FILES) {
                String path = "regimes/us/" + f;
                try (InputStream in = EarData.class.getClassLoader().getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled EAR data missing: " + path);
                    }
                    files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException("bundled EAR data unreadable: " + path, e);
                }
            }
            return parse(files);
        }
    }
}
