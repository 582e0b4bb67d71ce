package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.application.json.JsonText;
import java.time.LocalDate;

/**
 * The fields of a filing the determination reads, dated: what an application determines on, and determines on again
 * at approval. Each is kept as given (its type is checked by the parser of the way in); one not given is left out.
 *
 * @param from       the exporting country
 * @param to         the destination
 * @param item       the control-list entry
 * @param cas        the CAS number
 * @param hs         the HS code
 * @param endUse     the end use
 * @param endUser    the end user
 * @param endUserKey its partner-master key
 * @param informed   whether the exporter was informed
 * @param region     the region of the destination the goods go to
 * @param headquarters where the end user and its ultimate parent are headquartered
 * @param date       the export's date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeterminationFields(JsonNode from, JsonNode to, JsonNode item, JsonNode cas, JsonNode hs,
                                  JsonNode endUse, JsonNode endUser, JsonNode endUserKey, JsonNode informed,
                                  JsonNode region, JsonNode headquarters, String date) {
    /**
     * @param body the filing as given (or an application's stored request)
     * @param day  the export's date
     * @return the fields of it the determination reads, dated {@code day}
     */
    public static DeterminationFields of(JsonNode body, LocalDate day) {
        return new DeterminationFields(field(body, "from"), field(body, "to"), field(body, "item"),
                field(body, "cas"), field(body, "hs"), field(body, "endUse"), field(body, "endUser"),
                field(body, "endUserKey"), field(body, "informed"), field(body, "region"), field(body, "headquarters"),
                day.toString());
    }

    private static JsonNode field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** @return the fields as the JSON object the parser of the way in reads */
    public ObjectNode json() {
        return JsonText.MAPPER.valueToTree(this);
    }

    /**
     * The request an application stores: these fields and the consignee's key (null when none), so that approval
     * screens the same parties.
     *
     * @param fields       the determination's fields
     * @param consigneeKey the consignee's partner-master key, or null (stored as null)
     */
    public record Stored(@com.fasterxml.jackson.annotation.JsonUnwrapped DeterminationFields fields,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String consigneeKey) {
    }
}
