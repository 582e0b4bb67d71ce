package dev.clearance.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a day as {@link LocalDate#parse(CharSequence)} does (ISO {@code YYYY-MM-DD}), with the same results and the
 * same refusals. The common shape, four digits, a dash, two, a dash, two, is read without the formatter, which is
 * most of the cost of reading an order-book line; anything else (a signed or longer year, a bad day) goes to
 * {@link LocalDate#parse}, so its error is the formatter's own.
 */
public final class IsoDay {
    private IsoDay() {
    }

    /**
     * @throws DateTimeParseException for text that {@link LocalDate#parse} refuses
     */
    public static LocalDate parse(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // 2019-02-30 and the like: let the formatter refuse it in its own words
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written by ASCII digits from {@code from} to {@code to}, or -1 when any is not one. */
    private static int digits(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
