package dev.clearance.regime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of control-list entries in the multilateral numbering, with what Japan and Korea need
 * to know about each: whether it is an entry of the multilateral lists (Wassenaar, NSG, Australia
 * Group, MTCR) that those regimes adopt, or a US-only ECCN. Bundled as {@code regimes/control-list.tsv},
 * which ControlListGenerator (a tool among the tests) writes from the Commerce Control List ({@code ear/ccl.json}); the
 * product never reads {@code ../shared} at run time. The multilateral entries the CCL does not hold (Category 0,
 * which the US controls under NRC rules; 2B352, 1C012, 1C450 ...) and entries the CCL classes differently from
 * the EU's Annex I (3A232) are added by hand with their sources in {@code regimes/control-list-added.tsv}: an
 * added row replaces the generated one, and every added entry is CHECK (its source is secondary or a reference
 * from another entry's text).
 */
public final class ControlList {
    private final Map<String, Entry> byCode;
    private final String source;

    /**
     * The catalogue of these entries, by code in the given order.
     *
     * @param source where the catalogue's facts come from (its metadata, {@code regimes/control-list.yaml})
     */
    public ControlList(Map<String, Entry> byCode, String source) {
        this.byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
        this.source = source;
    }

    /** Where the catalogue's facts come from; an added entry has its own ({@link Entry#source}). */
    public String source() {
        return source;
    }

    /** What an entry of the catalogue is for Japan and Korea. */
    public enum Status {
        /** A multilateral entry (reasons NS, MT, NP or CB; not numbered x5xx, x6xx, x9xx). */
        LISTED,
        /**
         * A multilateral number whose reasons for control the CCL does not give (mostly items the US
         * controls under the ITAR): listed, its regime inferred from its number (CHECK).
         */
        LISTED_CHECK,
        /** A US-unilateral ECCN (3A090, 5A992, any x9xx): not an entry of the Japanese or Korean list. */
        US_ONLY,
        /** A US 500/600-series munitions number: the multilateral lists number these items differently. */
        US_MUNITIONS;

        public boolean listed() {
            return this == LISTED || this == LISTED_CHECK;
        }
    }

    /**
     * One ECCN.
     *
     * @param regime  WA, WA-ML (Wassenaar Munitions List), NSG, AG, MTCR, or US for US-only numbers
     * @param reasons the CCL's reasons for control as printed (NS, AT ...); empty when it gives none
     * @param source  where an added entry comes from; empty for the CCL's own (see {@link ControlList#source()})
     */
    public record Entry(String code, String regime, Status status, String reasons, String heading, String source) {
        public Entry(String code, String regime, Status status, String reasons, String heading) {
            this(code, regime, status, reasons, heading, "");
        }

        /** True when the entry was added by hand, not generated from the CCL. */
        public boolean added() {
            return !source.isEmpty();
        }
    }

    /** The entry of the stem of {@code code} (3C002 for 3C002.a.2), if the catalogue has it. */
    public Optional<Entry> find(String code) {
        String c = Codes.canonical(code);
        return Optional.ofNullable(byCode.get(c.length() >= 5 ? c.substring(0, 5) : c));
    }

    public List<Entry> entries() {
        return List.copyOf(byCode.values());
    }
}
