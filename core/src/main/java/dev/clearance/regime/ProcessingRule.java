package dev.clearance.regime;

/**
 * Review time and documents for a licence application to a destination group.
 *
 * @param group null for any destination
 */
public record ProcessingRule(String licence, String group, Period period, Integer reviewDays, Integer documents,
                             String source) {
}
