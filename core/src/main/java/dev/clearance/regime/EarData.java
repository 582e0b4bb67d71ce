package dev.clearance.regime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The US EAR's tables as of the eCFR of 2026-07-23: the Commerce Control List (reasons for control
 * with their Country Chart columns, LVS and GBS flags), the Commerce Country Chart, the Country
 * Groups and the chart's footnotes. Bundled under {@code regimes/us/} by EarDataGenerator (a tool among the tests).
 */
public final class EarData {
    private final Map<String, Eccn> ccl;
    private final Map<String, ChartRow> chart;
    private final Map<String, Set<String>> groups;
    private final Map<String, String> groupLabels;
    private final Map<String, String> footnotes;
    private final Citations citations;

    /**
     * How answers cite the tables, as the tables' metadata ({@code regimes/us/tables.yaml}) gives it.
     *
     * @param tables    where the tables come from
     * @param groups    the source of a Country Group's members
     * @param embargoes the source of an embargo a chart row points to
     * @param entries   the source of an entry's reasons for control, followed by the entry's code
     * @param chartRule the rule that a reason's chart column decides
     * @param chart     the chart as named when a destination has no row in it
     * @param footnote  the source of a chart footnote, followed by its number
     * @param ruleNotes what a reason's destinations given in words are taken to mean, by the section the words
     *                  mention, in the data's order
     */
    public record Citations(String tables, String groups, String embargoes, String entries, String chartRule,
                            String chart, String footnote, Map<String, String> ruleNotes) {
        public Citations {
            ruleNotes = Collections.unmodifiableMap(new LinkedHashMap<>(ruleNotes));
        }

        /** The note of the first section {@code ruleText} mentions, as " (note)"; empty when it mentions none. */
        public String ruleNote(String ruleText) {
            return ruleNotes.entrySet().stream().filter(e -> ruleText.contains(e.getKey())).findFirst()
                    .map(e -> " (" + e.getValue() + ")").orElse("");
        }
    }

    /** The tables as read; the maps are kept as given, so pass unmodifiable ones. */
    public EarData(Map<String, Eccn> ccl, Map<String, ChartRow> chart, Map<String, Set<String>> groups,
                    Map<String, String> groupLabels, Map<String, String> footnotes, Citations citations) {
        this.citations = citations;
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

    /** Where the tables come from. */
    public String source() {
        return citations.tables();
    }

    /** How answers cite the tables. */
    public Citations citations() {
        return citations;
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
                citations.tables() + "; " + citations.embargoes())));
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
                ms.add(new Membership(c, new Period(coverage.from(), null), citations.groups(), true));
            }
            out.add(new CountryGroup(g, "Country Group " + g + " (" + groupLabels.get(g) + ")", Period.ALWAYS, true,
                    List.of(), ms, citations.groups(), ""));
        });
        return out;
    }
}
