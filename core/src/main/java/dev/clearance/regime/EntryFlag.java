package dev.clearance.regime;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licence exception flag of a listed entry as printed (the CCL's "LVS: $3000", "GBS: Yes for
 * 3C002.a ...", "TSR: N/A") and what Clearance reads from it.
 *
 * @param exception the licence exception symbol (LVS, GBS, TSR, STA ...)
 * @param text      the flag as printed
 */
public record EntryFlag(String exception, String text) {
    private static final Pattern DOLLARS = Pattern.compile("\\$\\s?([0-9][0-9,]*)");

    /** What the flag allows. */
    public enum Status {
        /** The exception may be used for the whole entry. */
        YES,
        /** The entry does not allow it. */
        NA,
        /** Only for some paragraphs, reasons or destinations the text names: CHECK. */
        PARTIAL
    }

    public Status status() {
        String t = text.trim();
        if (t.isEmpty() || t.startsWith("N/A") || t.equals("No") || t.equals("No.")) {
            return Status.NA;
        }
        if (exception.equals("LVS")) {
            return limit() == null ? Status.NA : t.matches("\\$\\s?[0-9][0-9,]*\\.?") ? Status.YES : Status.PARTIAL;
        }
        if (t.equals("Yes") || t.equals("Yes.")) {
            return Status.YES;
        }
        // STA's flag states where STA may not be used; "any item in this ECCN" (no paragraph of §740.20 left,
        // no "unless") leaves nothing to offer, read conservatively.
        if (t.contains("may not be used") && !t.contains("Paragraph (c)") && !t.contains("unless")) {
            return Status.NA;
        }
        return Status.PARTIAL;
    }

    /** The value limit in US dollars (LVS), or null when none is printed. */
    public BigDecimal limit() {
        if (text.startsWith("N/A")) {
            return null;
        }
        Matcher m = DOLLARS.matcher(text);
        return m.find() ? new BigDecimal(m.group(1).replace(",", "")) : null;
    }
}
