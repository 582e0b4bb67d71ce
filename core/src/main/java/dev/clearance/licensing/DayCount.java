package dev.clearance.licensing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a review period is counted. Working days skip Saturdays and Sundays only: public holidays are not
 * encoded, so a deadline in working days may fall earlier than the office's own.
 */
public enum DayCount {
    /** Every day counts. */
    CALENDAR,
    /** Monday to Friday count; public holidays are not known here. */
    WORKING;

    /** The day {@code days} counted days after {@code start} (the start day itself does not count). */
    public LocalDate add(LocalDate start, long days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative days: " + days);
        }
        if (this == CALENDAR) {
            return start.plusDays(days);
        }
        LocalDate d = start;
        long left = days;
        // Whole weeks first so a long period costs no more than a short one.
        d = d.plusWeeks(left / 5);
        left %= 5;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorking(d)) {
                left--;
            }
        }
        if (days > 0) {
            while (!isWorking(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    /** Counted days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public long between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (this == CALENDAR) {
            return ChronoUnit.DAYS.between(from, to);
        }
        long total = ChronoUnit.DAYS.between(from, to);
        long weeks = total / 7;
        long count = weeks * 5;
        for (LocalDate d = from.plusWeeks(weeks).plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorking(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWorking(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
