package dev.clearance.application.batch;

import dev.clearance.application.screening.DecisionView;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.application.screening.ScreeningOutcome;
import java.util.List;
import java.util.Map;

/**
 * One batch row's result as it is stored and shown: a row screened, or a row refused with its error. Both name the
 * configured lists not screened against and the lists screened against an older version, when there are any, so a
 * no-hit under them never reads as clear.
 */
public sealed interface RowResult permits RowResult.Screened, RowResult.Refused {

    /** @return what the row comes to (a {@link dev.clearance.application.screening.ScreeningOutcome.Verdict} name) */
    String outcome();

    /**
     * A row screened.
     *
     * @param row the row's number, from 1
     * @param line its line in the file
     * @param extra the declared extra columns with the row's values, carried through unread; left out when none
     * @param id its id (the party's key for decisions), or null
     * @param name the name screened
     * @param hits the hits, best first, each with its review
     * @param outcome the verdict
     * @param alert whether it raises an alert
     * @param blocked whether a confirmed match blocks the party
     * @param confirmedMatches the confirmed matches that block it; left out when not blocked
     * @param missingLists configured lists not screened against; left out when none
     * @param listWarnings lists screened against an older version; left out when none
     */
    record Screened(int row, long line,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> extra, String id, String name, List<Hit> hits, String outcome, boolean alert,
            boolean blocked, @JsonInclude(JsonInclude.Include.NON_NULL) List<DecisionView> confirmedMatches,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missingLists,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> listWarnings) implements RowResult {
    }

    /**
     * A row that could not be screened.
     *
     * @param row the row's number, from 1
     * @param line its line in the file
     * @param extra the declared extra columns with the row's values, carried through unread; left out when none
     * @param error why, naming the column
     * @param outcome {@code NOT_SCREENED}
     * @param missingLists configured lists not screened against; left out when none
     * @param listWarnings lists screened against an older version; left out when none
     */
    record Refused(int row, long line,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> extra, String error, String outcome,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missingLists,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> listWarnings) implements RowResult {
    }

    /**
     * A hit of a screened row.
     *
     * @param entryId the list entry
     * @param list its list
     * @param matchedName the entry's name that matched
     * @param score the score, rounded
     * @param explanation why it matched, in one line
     * @param listVersion the version of the list the entry is from
     * @param entryFingerprint fingerprint of the entry's data, which a decision is bound to
     * @param review where the hit stands after the officers' decisions
     */
    record Hit(String entryId, String list, String matchedName, double score, String explanation,
            String listVersion, String entryFingerprint, ScreeningOutcome.Review review) {
    }
}
