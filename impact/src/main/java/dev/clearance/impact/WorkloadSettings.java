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

    /**
     * The assumptions as the JSON contract shows them.
     *
     * @param minutesPerApplication    officer minutes per route, sorted
     * @param defaultMinutesIndividual minutes for an individual application not listed
     * @param defaultMinutesBulk       minutes for a bulk application not listed
     * @param minutesPerOfficerDay     an officer's minutes a day
     * @param workingDaysPerMonth      working days a month
     * @param officers                 officers, or null
     * @param from                     the first day counted, or null
     * @param to                       the last day counted, or null
     * @param note                     that these are assumptions
     */
    public record Assumptions(java.util.SortedMap<String, Integer> minutesPerApplication, int defaultMinutesIndividual,
                              int defaultMinutesBulk, int minutesPerOfficerDay, int workingDaysPerMonth,
                              Integer officers, String from, String to, String note) {
    }

    /** @return the assumptions, for reports */
    public Assumptions assumptions() {
        return new Assumptions(new java.util.TreeMap<>(minutesPerApplication), INDIVIDUAL_MINUTES, BULK_MINUTES,
                minutesPerOfficerDay, workingDaysPerMonth, officers, from, to,
                "Officer minutes per application are assumptions, not from the regime sources.");
    }

    /** @return the assumptions as a map of their fields, in order (as the HTML report prints them) */
    @SuppressWarnings("unchecked")
    public Map<String, Object> describe() {
        return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(assumptions(), LinkedHashMap.class);
    }
}
