package dev.clearance.regime;

import java.util.List;
import java.util.Map;

/**
 * A good's entry on a regime's control list, as list control reads it: its reasons for control with
 * the destinations each needs a licence for, and its licence exception flags. Japan's and Korea's
 * entries have one reason, "every destination"; the EU's, every destination outside the Union; an
 * ECCN of the EAR, its Country Chart columns and the destinations its other controls name.
 *
 * @param code        the code as asked (3C002.a.1), canonical
 * @param entry       the regime's entry it falls under (3C002)
 * @param description the entry in words, for the trace
 * @param flags       licence exception symbol to the entry's flag; empty when the regime has none
 * @param note        a note on the entry for the trace, may be empty
 * @param check       true when its being listed rests on an inference (CHECK)
 */
public record Listing(String code, String entry, String description, List<ControlReason> reasons,
                      Map<String, EntryFlag> flags, String source, String note, boolean check) {
    public Listing {
        reasons = List.copyOf(reasons);
        flags = Map.copyOf(flags);
        note = note == null ? "" : note;
    }

    /** The reason-for-control every listed entry of Japan, Korea and the EU has. */
    public static final String EVERY_DESTINATION = "list";
}
