package dev.clearance.application.determinations;

import dev.clearance.application.applications.LicenceView;
import dev.clearance.application.applications.RefusalView;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.EndUserFinding;
import java.util.List;

/**
 * A determination as the API answers it: the contract the CLI writes too ({@link DeterminationJson}), its summary
 * in the caller's language, the end user's screening with the lists it was screened against, and which held
 * licence covers the export.
 *
 * @param answer       the determination (with its de minimis part)
 * @param summary      the answer in one line
 * @param endUser      the end user's screening finding; left out without an end user
 * @param missingLists configured lists the end user was not screened against; left out when none
 * @param listVersions the lists the end user was screened against; left out without an end user
 * @param listWarnings lists older than their source; left out when none
 * @param licences     which held licence covers the export
 * @param auditSeq     the audit record, or null while it is being written
 */
public record DeterminationAnswer(@JsonUnwrapped DeterminationJson.Answer answer, String summary,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) EndUserFinding endUser,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingLists,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<String> listVersions,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> listWarnings,
                                  Coverage licences,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Long auditSeq) {
    /** @return the answer naming its audit record */
    public DeterminationAnswer withAuditSeq(long seq) {
        return new DeterminationAnswer(answer, summary, endUser, missingLists, listVersions, listWarnings, licences,
                seq);
    }

    /**
     * Which held licence covers the export: {@code {needed: false}} when none is needed, else the covering one and
     * every licence checked.
     *
     * @param needed whether a licence is needed
     * @param found  the licences checked; null (nothing written) when none is needed
     */
    public record Coverage(boolean needed, @JsonUnwrapped Found found) {
        /** @return the coverage of an export that needs no licence */
        public static Coverage notNeeded() {
            return new Coverage(false, null);
        }
    }

    /**
     * The licences checked for an export.
     *
     * @param covering the first that covers it, or null
     * @param checked  every licence checked
     */
    public record Found(LicenceCoverage covering, List<LicenceCoverage> checked) {
    }

    /**
     * A licence checked for an export.
     *
     * @param licence  the licence
     * @param covers   whether it covers the export
     * @param refusals why not
     */
    public record LicenceCoverage(@JsonUnwrapped LicenceView licence, boolean covers, List<RefusalView> refusals) {
    }
}
