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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The US EAR's tables as of the eCFR of 2026-07-23: the Commerce Control List (reasons for control
 * with their Country Chart columns, LVS and GBS flags), the Commerce Country Chart, the Country
 * Groups and the chart's footnotes. Bundled under {@code regimes/us/} by {@link EarDataGenerator}.
 */
public final class EarData {
    /** Where the tables come from. */
    public static final String SOURCE = "15 CFR 738 Supp. No. 1 (Country Chart), 740 Supp. No. 1 (Country Groups),"
            + " 774 Supp. No. 1 (CCL), eCFR 2026-07-23 (ear/ via seelpeed-debug/export-controls-agent-mcp)";
    private static final Pattern DOLLARS = Pattern.compile("\\$\\s?([0-9][0-9,]*)");
    private final Map<String, Eccn> ccl;
    private final Map<String, ChartRow> chart;
    private final Map<String, Set<String>> groups;
    private final Map<String, String> groupLabels;
    private final Map<String, String> footnotes;

    private EarData(Map<String, Eccn> ccl, Map<String, ChartRow> chart, Map<String, Set<String>> groups,
                    Map<String, String> groupLabels, Map<String, String> footnotes) {
        this.ccl = ccl;
        this.chart = chart;
        this.groups = groups;
        this.groupLabels = groupLabels;
        this.footnotes = footnotes;
    }

    /**
     * One reason for control of an ECCN.
     *
     * @param column the Country Chart column (NS2 ...), or null when the CCL names none (then {@code text} says what applies)
     * @param scope  what the reason applies to ("entire entry", "2B001.a, .b ...")
     */
    public record Control(String reason, String column, String scope, String text) {
        /** True when the reason covers the whole entry. */
        public boolean wholeEntry() {
            return scope.startsWith("entire entry");
        }
    }

    /** One ECCN with its controls and list-based licence exception flags as printed. */
    public record Eccn(String code, List<Control> controls, String lvs, String gbs, String heading) {
        /** The LVS value limit in US dollars, or null when LVS is not available. */
        public BigDecimal lvsLimit() {
            if (lvs.isEmpty() || lvs.startsWith("N/A")) {
                return null;
            }
            Matcher m = DOLLARS.matcher(lvs);
            return m.find() ? new BigDecimal(m.group(1).replace(",", "")) : null;
        }

        /** True when the LVS flag is a plain amount, not limited to parts of the entry. */
        public boolean lvsUnconditional() {
            return lvs.matches("\\$\\s?[0-9][0-9,]*\\.?");
        }

        public boolean gbsAllowed() {
            return gbs.startsWith("Yes");
        }

        /** True when GBS is allowed for the whole entry, without conditions. */
        public boolean gbsUnconditional() {
            return gbs.equals("Yes") || gbs.equals("Yes.");
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
        for (String[] f : rows("us/ccl.tsv", files.get("ccl.tsv"), 5)) {
            List<Control> controls = new ArrayList<>();
            if (!f[1].isEmpty()) {
                for (String c : f[1].split(" \\| ")) {
                    String[] p = c.split(":", 3);
                    String scope = p.length > 2 ? p[2] : "";
                    String text = scope.contains(" => ") ? scope.substring(scope.indexOf(" => ") + 4) : "";
                    controls.add(new Control(p[0], p[1].equals("-") ? null : p[0] + p[1],
                            scope.contains(" => ") ? scope.substring(0, scope.indexOf(" => ")) : scope, text));
                }
            }
            ccl.put(f[0], new Eccn(f[0], controls, f[2], f[3], f[4]));
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
            for (String f : EarDataGenerator.FILES) {
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
