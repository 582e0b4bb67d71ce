package dev.clearance.regime;

/**
 * A restriction that bars every licence type marked {@code restricted} (the EAR's §740.2: no list-based
 * exception for an embargoed destination, a listed party or a WMD end use).
 *
 * @param when   what brings it into play
 * @param endUse the end use, for {@link When#END_USE}
 */
public record ExceptionRestriction(String code, When when, String endUse, String text, String source) {
    /** What brings a restriction into play. */
    public enum When { EMBARGO, LISTED_PARTY, END_USE }
}
