package dev.clearance.impact;

import dev.clearance.licensing.ApplicationTerms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The assumptions of a workload estimate. None of them comes from the regime sources: officer time per
 * application is not published, so the defaults are round figures to be replaced with the office's own.
 *
 * @param minutesPerApplication officer minutes per application by route; routes not named take the default of
 *                              their kind
 * @param minutesPerOfficerDay  minutes in one officer-day
 * @param workingDaysPerMonth   officer working days in a month
 * @param officers              officers handling the applications, or null for no backlog estimate
 * @param from                  only lines exported from this jurisdiction, or null for all
 * @param to                    only lines to this destination, or null for all
 */
public record WorkloadSettings(Map<String, Integer> minutesPerApplication, int minutesPerOfficerDay,
                               int workingDaysPerMonth, Integer officers, String from, String to) {
    /** Default officer minutes for an individual (per-contract) application. An assumption, not a source. */
    public static final int INDIVIDUAL_MINUTES = 120;
    /** Default officer minutes for a bulk or comprehensive application. An assumption, not a source. */
    public static final int BULK_MINUTES = 480;

    public WorkloadSettings {
        minutesPerApplication = Map.copyOf(minutesPerApplication);
        if (minutesPerOfficerDay <= 0 || workingDaysPerMonth <= 0) {
            throw new IllegalArgumentException("minutes per officer-day and working days per month must be positive");
        }
        if (officers != null && officers <= 0) {
            throw new IllegalArgumentException("officers must be positive");
        }
    }

    /** The defaults: 120 minutes per individual application, 480 per bulk one, 8-hour days, 21 days a month. */
    public static WorkloadSettings defaults() {
        return new WorkloadSettings(Map.of(), 480, 21, null, null, null);
    }

    /** Officer minutes for one application along {@code route}. */
    public int minutes(String route) {
        Integer m = minutesPerApplication.get(route);
        if (m != null) {
            return m;
        }
        return ApplicationTerms.perContract(route) ? INDIVIDUAL_MINUTES : BULK_MINUTES;
    }

    /** The assumptions as a map, for reports. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minutesPerApplication", new java.util.TreeMap<>(minutesPerApplication));
        m.put("defaultMinutesIndividual", INDIVIDUAL_MINUTES);
        m.put("defaultMinutesBulk", BULK_MINUTES);
        m.put("minutesPerOfficerDay", minutesPerOfficerDay);
        m.put("workingDaysPerMonth", workingDaysPerMonth);
        m.put("officers", officers);
        m.put("from", from);
        m.put("to", to);
        m.put("note", "Officer minutes per application are assumptions, not from the regime sources.");
        return m;
    }
}
