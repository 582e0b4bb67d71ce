package dev.clearance.impact;

import dev.clearance.regime.Measure;
import dev.clearance.regime.Period;
import java.time.LocalDate;

/** One change a what-if scenario makes to a regime. Each carries where it comes from, or why it is supposed. */
public sealed interface ScenarioChange {

    /** Where the change comes from (a draft, a press report) or the rationale for supposing it. */
    String source();

    /**
     * A country leaves one group and/or joins another from a day on.
     *
     * @param leave the group it leaves, or null
     * @param join  the group it joins, or null
     */
    record MoveCountry(String country, String leave, String join, LocalDate from, String source)
            implements ScenarioChange {
    }

    /** A new item-and-destination measure. */
    record AddMeasure(Measure measure) implements ScenarioChange {
        @Override
        public String source() {
            return measure.source();
        }
    }

    /** A new sanctions measure (the shape of regimes/sanctions/*.yaml). */
    record AddSanctions(dev.clearance.regime.SanctionsMeasure measure) implements ScenarioChange {
        @Override
        public String source() {
            return measure.source();
        }
    }

    /** An existing sanctions measure ends on a day (or never applied, when the day is on or before its start). */
    record LiftSanctions(String code, LocalDate from, String source) implements ScenarioChange {
    }

    /** An existing measure ends on a day (or never applied, when the day is on or before its start). */
    record LiftMeasure(String code, LocalDate from, String source) implements ScenarioChange {
    }

    /**
     * New review days and/or documents for a licence to a group (null group: any destination) over a
     * period; a value not given stays as the rule in force at the start of the period had it.
     */
    record ChangeProcessing(String licence, String group, Period period, Integer reviewDays, Integer documents,
                            String source) implements ScenarioChange {
    }
}
