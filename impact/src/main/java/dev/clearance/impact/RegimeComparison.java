package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.EndUse;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Two regimes side by side on one day: how each is built ({@link RegimeProfile}) and how each treats
 * the other's country ({@link Treatment}), from determinations of representative goods.
 */
public record RegimeComparison(LocalDate day, RegimeProfile left, RegimeProfile right, Treatment leftToRight,
                               Treatment rightToLeft) {
    /**
     * The listed items compared, where a regime resolves them: the resist of the 2019 dispute (under
     * Japan's three-item measure), and a machine tool that no measure names.
     */
    public static final List<String> REPRESENTATIVE_ITEMS = List.of("3C002", "2B001");

    /** Compares two regimes on a day, each determined by the engine for its own jurisdiction. */
    public static RegimeComparison of(DeterminationEngine engine, Regime left, Regime right, LocalDate day) {
        if (left.jurisdiction().equals(right.jurisdiction())) {
            throw new IllegalArgumentException("compare two different regimes, not " + left.jurisdiction() + " twice");
        }
        return new RegimeComparison(day, RegimeProfile.of(left, day), RegimeProfile.of(right, day),
                treatment(engine, left, right.jurisdiction(), day), treatment(engine, right, left.jurisdiction(), day));
    }

    private static Treatment treatment(DeterminationEngine engine, Regime from, String to, LocalDate day) {
        List<String> items = REPRESENTATIVE_ITEMS.stream().filter(i -> from.entry(i).isPresent()).toList();
        if (items.isEmpty()) {
            items = from.entries().stream().map(ControlEntry::code).limit(1).toList();
        }
        List<Treatment.Sample> samples = new ArrayList<>();
        for (String item : items) {
            samples.add(sample(engine, from, "listed item " + item,
                    ExportRequest.of(from.jurisdiction(), to, item, day)));
        }
        samples.add(sample(engine, from, "unlisted good, civil end use",
                ExportRequest.of(from.jurisdiction(), to, null, day)));
        samples.add(sample(engine, from, "unlisted good, WMD end use", new ExportRequest(from.jurisdiction(), to,
                null, null, null, day, EndUse.WMD, null, false)));
        samples.add(sample(engine, from, "unlisted good, conventional-weapons end use", new ExportRequest(
                from.jurisdiction(), to, null, null, null, day, EndUse.CONVENTIONAL_WEAPONS, null, false)));
        return new Treatment(from.jurisdiction(), to, from.standing(to, day), samples);
    }

    private static Treatment.Sample sample(DeterminationEngine engine, Regime regime, String label, ExportRequest r) {
        Determination d = engine.determine(regime, r);
        return new Treatment.Sample(label, d);
    }
}
