package dev.clearance.impact;

import java.util.Map;

/**
 * What one side of a change asks of the licensing office.
 *
 * @param label              how reports name the side
 * @param applications       applications by route
 * @param reviewDays         review days the applications carry, by route (those with a known review period)
 * @param unknownReview      applications whose route has no review period in the sources
 * @param noLicence          lines that need no licence
 * @param noRoute            lines that need a licence no route can give (prohibited, or no option in the data)
 * @param officerDays        officer-days to handle the applications
 * @param officerDaysPerMonth officer-days per month of the book's span
 * @param backlog            the backlog estimate, or null without a number of officers
 * @param notes              INFO, CHECK, UNCONFIRMED and caveat steps of the determinations behind the applications,
 *                           by rule: what the estimate does not apply (an exception, an unconfirmed fact)
 */
public record WorkloadSide(String label, Map<String, Long> applications, Map<String, Long> reviewDays,
                           long unknownReview, long noLicence, long noRoute, double officerDays,
                           double officerDaysPerMonth, Backlog backlog, Map<String, String> notes) {
    public WorkloadSide {
        applications = Map.copyOf(applications);
        reviewDays = Map.copyOf(reviewDays);
        notes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(notes));
    }

    /** Applications along routes with a licence per contract. */
    public long individualApplications() {
        return applications.entrySet().stream()
                .filter(e -> dev.clearance.licensing.ApplicationTerms.perContract(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** All applications. */
    public long totalApplications() {
        return applications.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The office's backlog when the applications arrive month by month (each in the month of its order, or of the
     * first order a bulk licence covers) and the officers work first in, first out.
     *
     * @param capacityPerMonth  officer-days available each month
     * @param utilisation       demand over capacity across the span
     * @param peakOfficerDays   the largest backlog at a month's end, in officer-days
     * @param endOfficerDays    the backlog at the end of the span, in officer-days
     * @param monthsToClear     months to clear the end backlog with no new applications
     */
    public record Backlog(double capacityPerMonth, double utilisation, double peakOfficerDays,
                          double endOfficerDays, double monthsToClear) {
    }
}
