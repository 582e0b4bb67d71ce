package dev.clearance.application.applications;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.determination.ExportRequest;
import dev.clearance.records.applications.ApplicationLine;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as a requester files it, read from the way in (the API's JSON body).
 *
 * @param body               the request as given, recorded as the filing's input
 * @param request            the determination's fields of it, dated with the export's date
 * @param export             the export request those fields are
 * @param route              the licence route applied for
 * @param filedOn            the filing day: starts the clock
 * @param holder             the applicant
 * @param endUser            the end user
 * @param endUserKey         its partner-master key, or null
 * @param consignee          the consignee, or null
 * @param consigneeKey       its key, or null
 * @param endUseDescription  the end use in the requester's words, or null for the request's end use
 * @param currency           the ISO currency of the lines' values, or null
 * @param lines              the lines applied for
 * @param screeningOverrides the gate overrides the filing names
 */
public record Filing(JsonNode body, DeterminationFields request, ExportRequest export, String route, LocalDate filedOn,
                     String holder, String endUser, String endUserKey, String consignee, String consigneeKey,
                     String endUseDescription, String currency, List<ApplicationLine> lines,
                     List<Long> screeningOverrides) {
}
