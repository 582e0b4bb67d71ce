package dev.clearance.classification;

/**
 * A parameter limit read from a control-list paragraph: the quantity it bounds, a lower and/or upper bound in
 * the unit as written, and the words of the paragraph it was read from ({@code quote}, an exact substring).
 *
 * @param quantity the quantity's name (wavelength), or its dimension when the text names none
 * @param lower    the lower bound, or null for none
 * @param upper    the upper bound, or null for none
 */
public record Threshold(String quantity, String dimension, String unit, Double lower, boolean lowerInclusive,
                        Double upper, boolean upperInclusive, String quote) {
    /** How a threshold bounds its quantity. */
    public enum Kind { LESS_THAN, GREATER_THAN, RANGE }

    public Threshold {
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("a threshold needs a bound: " + quote);
        }
    }

    public Kind kind() {
        return lower != null && upper != null ? Kind.RANGE : lower != null ? Kind.GREATER_THAN : Kind.LESS_THAN;
    }

    /** True when {@code base} (in the dimension's base unit) lies within the bounds, {@code u} being this threshold's unit. */
    public boolean admits(double base, Unit u) {
        double eps = 1e-12 * Math.max(1, Math.abs(base));
        if (lower != null) {
            double lo = u.toBase(lower);
            if (lowerInclusive ? base < lo - eps : base <= lo + eps) {
                return false;
            }
        }
        if (upper != null) {
            double hi = u.toBase(upper);
            return upperInclusive ? base <= hi + eps : base < hi - eps;
        }
        return true;
    }

    /** The bounds in words: "≥ 15 and < 193 nm". */
    public String bounds() {
        StringBuilder s = new StringBuilder();
        if (lower != null) {
            s.append(lowerInclusive ? "≥ " : "> ").append(num(lower));
        }
        if (upper != null) {
            s.append(s.length() > 0 ? " and " : "").append(upperInclusive ? "≤ " : "< ").append(num(upper));
        }
        return s.append(' ').append(unit).toString();
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
