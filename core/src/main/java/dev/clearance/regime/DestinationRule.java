package dev.clearance.regime;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which destinations need a licence for one reason for control: the destinations with an X in a
 * Country Chart column (the EAR), destinations and groups a control names in its text, every
 * destination (Japan, Korea; the EU outside its free groups), or a text Clearance cannot read
 * safely ({@link Kind#UNREAD}: licence possibly required, CHECK, never a silent "no licence").
 *
 * @param column         the Country Chart column (NS2 ...) for {@link Kind#CHART}, else null
 * @param countries      destinations named ({@link Kind#DESTINATIONS})
 * @param groups         destination groups named ({@link Kind#DESTINATIONS})
 * @param exceptCountries destinations excepted from the rule
 * @param exceptGroups   destination groups excepted from the rule
 * @param text           the rule as the source words it
 */
public record DestinationRule(Kind kind, String column, List<String> countries, List<String> groups,
                              List<String> exceptCountries, List<String> exceptGroups, String text) {
    public DestinationRule {
        countries = List.copyOf(countries);
        groups = List.copyOf(groups);
        exceptCountries = List.copyOf(exceptCountries);
        exceptGroups = List.copyOf(exceptGroups);
        text = text == null ? "" : text;
    }

    /** How a rule names its destinations. */
    public enum Kind { CHART, DESTINATIONS, EVERY, UNREAD }

    /** The destinations with an X in {@code column} of the Country Chart. */
    public static DestinationRule chart(String column) {
        return new DestinationRule(Kind.CHART, column, List.of(), List.of(), List.of(), List.of(), "");
    }

    /** Every destination outside {@code exceptGroups}. */
    public static DestinationRule every(List<String> exceptCountries, List<String> exceptGroups, String text) {
        return new DestinationRule(Kind.EVERY, null, List.of(), List.of(), exceptCountries, exceptGroups, text);
    }

    /** A text that names no destination Clearance can read. */
    public static DestinationRule unread(String text) {
        return new DestinationRule(Kind.UNREAD, null, List.of(), List.of(), List.of(), List.of(), text);
    }

    /**
     * Whether a licence is needed for {@code to}: true, false, or null when the rule cannot be read.
     *
     * @param chartX  the Country Chart columns with an X for the destination (empty when there is no chart)
     * @param inGroup whether the destination is in a group on the day
     */
    public Boolean requires(String to, Set<String> chartX, Predicate<String> inGroup) {
        return switch (kind) {
            case CHART -> chartX.contains(column);
            case UNREAD -> null;
            case EVERY -> !excepted(to, inGroup);
            case DESTINATIONS -> (countries.contains(to) || groups.stream().anyMatch(inGroup)) && !excepted(to, inGroup);
        };
    }

    /** True when the destination is excepted from the rule. */
    public boolean excepted(String to, Predicate<String> inGroup) {
        return exceptCountries.contains(to) || exceptGroups.stream().anyMatch(inGroup);
    }

    /** The destinations in words: "X in NS2", "CN, RU, VE or Country Group D:5", "every destination outside EU". */
    public String describe() {
        return switch (kind) {
            case CHART -> "destinations with an X in " + column;
            case UNREAD -> "not read by Clearance: " + text;
            case EVERY -> "every destination" + except();
            case DESTINATIONS -> String.join(", ", java.util.stream.Stream.concat(countries.stream(),
                    groups.stream().map(g -> "Country Group " + g)).toList()) + except();
        };
    }

    private String except() {
        List<String> out = new java.util.ArrayList<>(exceptCountries);
        exceptGroups.forEach(g -> out.add(g));
        return out.isEmpty() ? "" : " except " + String.join(", ", out);
    }

    /**
     * Reads the compact form {@code ccl.tsv} stores a rule in: {@code *} (every destination), or
     * destinations and groups separated by commas, optionally followed by {@code ~} and the excepted
     * ones ({@code AE,D:1,D:4,D:5~A:5,A:6}; {@code *~CA}).
     */
    public static DestinationRule parse(String spec, String text) {
        String[] parts = spec.split("~", 2);
        List<String> inC = new java.util.ArrayList<>();
        List<String> inG = new java.util.ArrayList<>();
        List<String> exC = new java.util.ArrayList<>();
        List<String> exG = new java.util.ArrayList<>();
        split(parts[0], inC, inG);
        if (parts.length > 1) {
            split(parts[1], exC, exG);
        }
        if (parts[0].equals("*")) {
            return new DestinationRule(Kind.EVERY, null, List.of(), List.of(), exC, exG, text);
        }
        return new DestinationRule(Kind.DESTINATIONS, null, inC, inG, exC, exG, text);
    }

    /** The compact form of {@link #parse}. */
    public String spec() {
        String in = kind == Kind.EVERY ? "*" : String.join(",", java.util.stream.Stream.concat(countries.stream(),
                groups.stream()).toList());
        List<String> ex = new java.util.ArrayList<>(exceptCountries);
        ex.addAll(exceptGroups);
        return ex.isEmpty() ? in : in + "~" + String.join(",", ex);
    }

    private static void split(String s, List<String> countries, List<String> groups) {
        for (String p : s.split(",")) {
            String t = p.trim();
            if (t.isEmpty() || t.equals("*")) {
                continue;
            }
            if (t.matches("[A-Z]{2}")) {
                countries.add(t);
            } else {
                groups.add(t);
            }
        }
    }
}
