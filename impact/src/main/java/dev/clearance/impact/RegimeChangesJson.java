package dev.clearance.impact;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.regime.Fact;
import dev.clearance.regime.Regime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regime's changes between two days, as the JSON contract the CLI and the server write.
 *
 * @param jurisdiction  the regime
 * @param regimeVersion the checksum of its data
 * @param from          the first day
 * @param to            the last day
 * @param changes       each day something changed
 */
public record RegimeChangesJson(String jurisdiction, String regimeVersion, String from, String to,
                                List<Day> changes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A day's changes.
     *
     * @param day     the day
     * @param removed facts that stopped holding
     * @param added   facts that started
     */
    public record Day(String day, List<FactJson> removed, List<FactJson> added) {
    }

    /**
     * A fact of a regime.
     *
     * @param section   its section
     * @param subject   what it is about
     * @param statement what it says
     * @param source    where it is written
     */
    public record FactJson(String section, String subject, String statement, String source) {
        static FactJson of(Fact f) {
            return new FactJson(f.section(), f.subject(), f.statement(), f.source());
        }
    }

    /** @return the changes in the contract's shape */
    public static RegimeChangesJson of(Regime regime, LocalDate from, LocalDate to, List<RegimeChange> changes) {
        return new RegimeChangesJson(regime.jurisdiction(), regime.version(), from.toString(), to.toString(),
                changes.stream().map(c -> new Day(c.day().toString(), c.removed().stream().map(FactJson::of).toList(),
                        c.added().stream().map(FactJson::of).toList())).toList());
    }

    /** @return the contract's fields as a map, in order */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return MAPPER.convertValue(this, LinkedHashMap.class);
    }
}
