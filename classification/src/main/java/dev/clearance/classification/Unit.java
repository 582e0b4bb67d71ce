package dev.clearance.classification;

/**
 * A unit as written in a text or a parameter, normalised: its canonical symbol, its dimension and how to reach
 * the dimension's base unit (base = value × factor + offset).
 */
public record Unit(String symbol, String dimension, double factor, double offset) {
    /** The value in the dimension's base unit. */
    public double toBase(double value) {
        return value * factor + offset;
    }

    /** A base-unit value in this unit. */
    public double fromBase(double base) {
        return (base - offset) / factor;
    }
}
