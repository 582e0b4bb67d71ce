package dev.clearance.regime;

import java.util.List;

/**
 * What a footnote of the Country Chart does to the destinations whose row carries it (the EAR's
 * footnote 6 for Russia and Belarus, 8 and 9 for the Crimea, DNR and LNR regions of Ukraine ...).
 *
 * @param number   the footnote's number
 * @param effect   licence required, CHECK (the answer turns on facts Clearance is not given), or the text only
 * @param entries  the entries it requires a licence for; empty for every listed entry
 * @param unlisted how it treats goods on no entry (EAR99): {@link Effect#REQUIRED}, {@link Effect#CHECK}
 *                 (required, conservatively, as what it names is not encoded) or {@link Effect#INFO} (not at all)
 * @param note     what the trace adds to the footnote's text
 * @param regions  the regions of the destination it is limited to (Crimea, DNR, LNR for footnotes 8 and 9), empty
 *                 for the whole country: when the request names a region there, a licence is required; another
 *                 region, and it does not apply; no region, and {@code effect} says (CHECK)
 */
public record ChartFootnote(String number, Effect effect, List<String> entries, Effect unlisted, String note,
                            String source, List<String> regions) {
    public ChartFootnote {
        entries = List.copyOf(entries);
        note = note == null ? "" : note;
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** A footnote for the whole country. */
    public ChartFootnote(String number, Effect effect, List<String> entries, Effect unlisted, String note,
                         String source) {
        this(number, effect, entries, unlisted, note, source, List.of());
    }

    /** What a footnote does. */
    public enum Effect { REQUIRED, CHECK, INFO }
}
