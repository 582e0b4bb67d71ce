package dev.clearance.regime;

import java.util.List;

/**
 * A control-list entry named by its Wassenaar/EU-style code (3C002, 3C002.a.2, 1C350), with the
 * regime's own reference for it.
 *
 * @param localRef          the regime's row or item number; may be empty when unknown
 * @param localRefConfirmed false when the local reference is only expected, not confirmed
 * @param derived           true when the entry is not written in the regime file but comes from the
 *                          control-list catalogue and the regime's row mapping
 * @param regime            the multilateral regime whose list holds it: WA, WA-ML, NSG, AG, MTCR
 * @param check             true when its being listed rests on an inference (CHECK)
 */
public record ControlEntry(String code, String title, String localRef, boolean localRefConfirmed,
                           List<Parameter> parameters, List<String> cas, String source, String note,
                           boolean derived, String regime, boolean check) {
    public ControlEntry {
        parameters = List.copyOf(parameters);
        cas = List.copyOf(cas);
        note = note == null ? "" : note;
        localRef = localRef == null ? "" : localRef;
        regime = regime == null ? "" : regime;
    }

    /** True when {@code code} is this entry or one of its sub-entries (3C002 covers 3C002.a.2). */
    public boolean covers(String other) {
        return Codes.covers(code, other);
    }

    /** A technical parameter of an entry, e.g. wavelength_nm &lt; 15. */
    public record Parameter(String name, String op, String value, String unit) {
        @Override
        public String toString() {
            return name + " " + op + " " + value + (unit == null || unit.isEmpty() ? "" : " " + unit);
        }
    }
}
