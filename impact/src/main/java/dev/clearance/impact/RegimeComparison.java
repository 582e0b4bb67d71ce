package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.EndUse;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.Membership;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two regimes side by side on one day: how each is built ({@link RegimeProfile}) and how each treats
 * the other's country ({@link Treatment}), from determinations of representative goods. A union's regime
 * (the EU) is no country: exports to it are shown per set of member states that stand alike.
 *
 * @param treatments the left regime's treatments of the right's countries, then the right's of the left's
 */
public record RegimeComparison(LocalDate day, RegimeProfile left, RegimeProfile right, List<Treatment> treatments) {
    /**
     * The listed items compared, where a regime resolves them: the resist of the 2019 dispute (under
     * Japan's three-item measure), and a machine tool that no measure names.
     */
    public static final List<String> REPRESENTATIVE_ITEMS = List.of("3C002", "2B001");

    public RegimeComparison {
        treatments = List.copyOf(treatments);
    }

    /**
     * Compares two regimes on a day, each determined by the engine for its own jurisdiction.
     *
     * @throws dev.clearance.input.BadRequestException naming {@code date} when either regime's data does not
     *                                                         cover the day
     */
    public static RegimeComparison of(DeterminationEngine engine, Regime left, Regime right, LocalDate day) {
        if (left.jurisdiction().equals(right.jurisdiction())) {
            throw new IllegalArgumentException("compare two different regimes, not " + left.jurisdiction() + " twice");
        }
        Coverage.require(left, day, "date");
        Coverage.require(right, day, "date");
        List<Treatment> all = new ArrayList<>(treatments(engine, left, right, day));
        all.addAll(treatments(engine, right, left, day));
        return new RegimeComparison(day, RegimeProfile.of(left, day), RegimeProfile.of(right, day), all);
    }

    /** The left regime's treatment of the right's country (of the first set of its member states, for a union). */
    public Treatment leftToRight() {
        return treatments.stream().filter(t -> t.from().equals(left.jurisdiction())).findFirst().orElseThrow();
    }

    /** The right regime's treatment of the left's country (of the first set of its member states, for a union). */
    public Treatment rightToLeft() {
        return treatments.stream().filter(t -> t.from().equals(right.jurisdiction())).findFirst().orElseThrow();
    }

    /** How {@code from} treats the countries of {@code to}: one treatment per standing its countries share. */
    private static List<Treatment> treatments(DeterminationEngine engine, Regime from, Regime to, LocalDate day) {
        Map<List<Object>, List<String>> alike = new LinkedHashMap<>();
        for (String country : countries(to, day)) {
            Standing s = from.standing(country, day);
            alike.computeIfAbsent(List.of(s.groups(), s.caveats().size(), s.uncertain()), k -> new ArrayList<>())
                    .add(country);
        }
        List<Treatment> out = new ArrayList<>();
        for (List<String> countries : alike.values()) {
            out.add(treatment(engine, from, countries.get(0), countries.subList(1, countries.size()), day));
        }
        return out;
    }

    /** The jurisdiction itself, or for a union the member states that export under its regime on the day. */
    private static List<String> countries(Regime regime, LocalDate day) {
        CountryGroup members = regime.exporterGroup() == null ? null : regime.group(regime.exporterGroup()).orElse(null);
        if (members == null) {
            return List.of(regime.jurisdiction());
        }
        TreeSet<String> in = new TreeSet<>();
        for (Membership m : members.members()) {
            if (m.confirmed() && m.period().contains(day)) {
                in.add(m.country());
            }
        }
        return in.isEmpty() ? List.of(regime.jurisdiction()) : List.copyOf(in);
    }

    private static Treatment treatment(DeterminationEngine engine, Regime from, String to, List<String> alike,
                                       LocalDate day) {
        List<String> items = REPRESENTATIVE_ITEMS.stream().filter(i -> from.entry(i).isPresent()).toList();
        if (items.isEmpty()) {
            items = from.entries().stream().map(ControlEntry::code).limit(1).toList();
        }
        List<Treatment.Sample> samples = new ArrayList<>();
        for (String item : items) {
            samples.add(sample(engine, from, "listed item " + item, "listed", item,
                    ExportRequest.of(from.jurisdiction(), to, item, day)));
        }
        samples.add(sample(engine, from, "unlisted good, civil end use", "civil", null,
                ExportRequest.of(from.jurisdiction(), to, null, day)));
        samples.add(sample(engine, from, "unlisted good, WMD end use", "wmd", null, new ExportRequest(from.jurisdiction(), to,
                null, null, null, day, EndUse.WMD, null, false)));
        samples.add(sample(engine, from, "unlisted good, conventional-weapons end use", "conventional", null, new ExportRequest(
                from.jurisdiction(), to, null, null, null, day, EndUse.CONVENTIONAL_WEAPONS, null, false)));
        return new Treatment(from.jurisdiction(), to, from.standing(to, day), samples, alike);
    }

    private static Treatment.Sample sample(DeterminationEngine engine, Regime regime, String label, String kind,
                                           String item, ExportRequest r) {
        Determination d = engine.determine(regime, r);
        return new Treatment.Sample(label, kind, item, d);
    }
}
