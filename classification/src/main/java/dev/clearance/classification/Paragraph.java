package dev.clearance.classification;

import java.util.List;

/**
 * One paragraph of the Commerce Control List as the classifier reads it: an ECCN's heading ({@code code} = the
 * ECCN) or an item paragraph (3C002.a.1) with its text, the CAS numbers and thresholds read from it and the
 * decontrol notes ("… does not control …") that narrow it.
 *
 * @param context the heading and the texts of the enclosing paragraphs, outermost first
 * @param heading true for an ECCN's heading row
 */
public record Paragraph(String code, String eccn, boolean heading, String text, List<String> context, List<String> cas,
                        List<Threshold> thresholds, List<String> decontrols) {
    public Paragraph {
        context = List.copyOf(context);
        cas = List.copyOf(cas);
        thresholds = List.copyOf(thresholds);
        decontrols = List.copyOf(decontrols);
    }

    public String category() {
        return eccn.substring(0, 1);
    }

    /** The code of the enclosing paragraph (3C002.a for 3C002.a.1, the ECCN for 3C002.a), or null for a heading. */
    public String parentCode() {
        return heading ? null : code.substring(0, code.lastIndexOf('.'));
    }
}
