package dev.clearance.regime;

import java.util.List;

/**
 * How a regime controls listed items: the rule in words, the list's name ("Japanese control list"),
 * and which local row or category each entry of the multilateral catalogue maps to.
 *
 * @param name the regime's control list, as errors name it
 * @param rows       the mapping from catalogue entries to the regime's rows, first match wins
 * @param freeGroups destination groups listed items go to without a licence (transfers inside the Union)
 * @param freeText   what such a transfer still needs checked, for the trace
 */
public record ListControl(String name, String rule, List<Row> rows, String source, List<String> freeGroups,
                          String freeText) {
    public ListControl {
        rows = List.copyOf(rows);
        freeGroups = List.copyOf(freeGroups);
    }

    /** The local row for an entry of the catalogue, if a row rule matches it. */
    public java.util.Optional<Row> rowFor(String code, String regime) {
        for (Row r : rows) {
            if (r.matches(code, regime)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * One mapping rule: entries of this multilateral regime (or any), in this category (or any),
     * among these codes (or any), are this local row.
     *
     * @param regime   WA, WA-ML, NSG, AG, MTCR, or null for any
     * @param category the first digit of the code, or null for any
     * @param codes    entry stems the rule is limited to; empty for any
     */
    public record Row(String regime, String category, List<String> codes, String ref, String source) {
        public Row {
            codes = List.copyOf(codes);
        }

        boolean matches(String code, String entryRegime) {
            return (regime == null || regime.equals(entryRegime))
                    && (category == null || code.startsWith(category))
                    && (codes.isEmpty() || codes.contains(code.substring(0, Math.min(5, code.length()))));
        }
    }
}
