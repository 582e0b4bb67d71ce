package dev.clearance.classification;

import java.time.LocalDate;

/**
 * A printable classification record (Japan's 該非判定書 / parameter sheet) for one product and regime: the entry, the
 * paragraph's text, every threshold against the parameters given, the sources, and who classified and approved it
 * (blank lines to sign when not yet approved). Every text is HTML-escaped.
 */
public final class ClassificationRecordPage {
    private ClassificationRecordPage() {
    }

    /**
     * @param product    the product number or name as given
     * @param regime     the jurisdiction whose entry the record states (JP, KR, EU, US)
     * @param classifier who classified it; may be empty
     * @param approver   the approving officer; empty while the record is a draft
     */
    public static String html(String product, String regime, Classification c, String classifier, String approver,
                              LocalDate day) {
        return html(product, regime, c, classifier, approver, day, null);
    }

    /**
     * As {@link #html(String, String, Classification, String, String, LocalDate)}, for a product master's approved
     * classification: {@code approved} states the approved entry (with its basis), shown above the classifier's
     * candidate, which the page flags when it differs.
     */
    public static String html(String product, String regime, Classification c, String classifier, String approver,
                              LocalDate day, Approved approved) {
        StringBuilder s = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Classification record ")
                .append(esc(product)).append("</title><style>body{font:12pt serif;margin:2cm}table{border-collapse:collapse;"
                        + "width:100%}td,th{border:1px solid #444;padding:4px;text-align:left;vertical-align:top}"
                        + "@media print{button{display:none}}</style></head><body>");
        s.append("<h1>Classification record (該非判定書)</h1><table>");
        row(s, "Product", product);
        row(s, "Date", day.toString());
        Candidate top = c.candidates().isEmpty() ? null : c.candidates().get(0);
        if (approved != null) {
            row(s, "Approved entry (" + regime + ")", approved.entry() + " - in force from " + approved.inForceFrom());
            row(s, "Basis", approved.reason());
            if (top == null || !top.paragraph().equals(approved.entry())) {
                row(s, "CHECK", "the classifier's best candidate today is " + (top == null ? "none" : top.paragraph())
                        + ", not the approved entry: an officer reviews it");
            }
        }
        row(s, "Outcome", c.summary());
        if (top != null) {
            String entry = top.regimes().stream().filter(r -> r.jurisdiction().equals(regime)).findFirst()
                    .map(r -> (r.entry().isEmpty() ? "no entry" : r.entry()) + (r.confirmed() ? "" : " (UNCONFIRMED)")
                            + (r.note().isEmpty() ? "" : " - " + r.note()) + (r.source().isEmpty() ? "" : " [source: "
                            + r.source() + "]")).orElse("regime " + regime + " not known");
            row(s, "Entry (" + regime + ")", entry);
            row(s, "ECCN paragraph", top.paragraph() + ": " + top.text());
            row(s, "Under", String.join(" > ", top.context()));
        }
        row(s, "Classified by", classifier);
        row(s, "Approved by", approver.isEmpty() ? "DRAFT - not approved" : approver);
        s.append("</table>");
        if (top != null) {
            s.append("<h2>Parameters against the thresholds</h2><table><tr><th>paragraph</th><th>quantity</th>"
                    + "<th>threshold</th><th>text</th><th>given</th><th>result</th></tr>");
            for (ThresholdCheck k : top.checks()) {
                s.append("<tr><td>").append(esc(k.paragraph())).append("</td><td>").append(esc(k.quantity()))
                        .append("</td><td>").append(esc(k.bounds())).append("</td><td>").append(esc(k.quote()))
                        .append("</td><td>").append(esc(k.given() == null ? "not given" : k.given())).append("</td><td>")
                        .append(k.result() == ThresholdCheck.Result.NOT_GIVEN ? "CHECK" : k.result()).append("</td></tr>");
            }
            s.append("</table>");
            for (String d : top.decontrols()) {
                s.append("<p>Decontrol note that may apply: ").append(esc(d)).append("</p>");
            }
        }
        for (String cv : c.caveats()) {
            s.append("<p>Caveat: ").append(esc(cv)).append("</p>");
        }
        s.append("<p>Source: ").append(esc(c.source())).append("</p>");
        if (approver.isEmpty()) {
            s.append("<p>Approved (officer, date, signature): ______________________________</p>");
        }
        return s.append("</body></html>\n").toString();
    }

    /** The approved classification a record states. */
    public record Approved(String entry, String reason, LocalDate inForceFrom) {
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    static String esc(String v) {
        return v == null ? "" : v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
