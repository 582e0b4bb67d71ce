package dev.clearance.impact;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Regime;
import java.time.LocalDate;

/** The days a regime's data speaks for: a view of a day outside them would show the data's absence as facts. */
public final class Coverage {
    private Coverage() {
    }

    /**
     * Returns {@code day} when the regime's data covers it.
     *
     * @param field the input that gave the day (an option or parameter name), named in the error
     * @throws BadRequestException naming {@code field} when the data does not cover the day (the US EAR data
     *                             starts 2026-07-23)
     */
    public static LocalDate require(Regime regime, LocalDate day, String field) {
        if (!regime.coverage().contains(day)) {
            throw new BadRequestException(field, regime.jurisdiction() + " regime data covers " + regime.coverage()
                    + ", not " + day);
        }
        return day;
    }
}
