package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * A regime with its facts as of a day.
 *
 * @param regime the regime
 * @param asOf   the day
 * @param facts  its facts then, each with its source
 */
public record RegimeDetail(@JsonUnwrapped RegimeSummary regime, LocalDate asOf, List<Fact> facts) {
    /**
     * A fact of a regime.
     *
     * @param section   the section it belongs to
     * @param subject   what it is about
     * @param statement what it says
     * @param source    where it is written
     */
    public record Fact(String section, String subject, String statement, String source) {
    }
}
