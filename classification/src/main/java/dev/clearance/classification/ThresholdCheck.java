package dev.clearance.classification;

/**
 * One threshold of a candidate paragraph against the parameters given.
 *
 * @param paragraph the paragraph whose text holds the threshold (the candidate or one enclosing it)
 * @param given     the parameter compared ("wavelength=13.5nm"), or null when none was given for it
 */
public record ThresholdCheck(String paragraph, String quantity, String bounds, String quote, String given, Result result) {
    /** Whether the given parameter meets the threshold. */
    public enum Result { MEETS, MISSES, NOT_GIVEN }
}
