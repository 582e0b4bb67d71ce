package dev.clearance.determination;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract other tools rely on, a record Jackson writes in this order:
 * {@code licenceRequired, prohibited, licenceOptions, optionConfidence, catchAll, policy, authority, notify,
 * reviewDays, documents, filingOffice, confidence, trace[{rule, effect, source[, key, args[, parts]]}], regime{jurisdiction, asOf,
 * version}}. The CLI and the server both write it, so they answer alike.
 *
 * @param licenceRequired  whether a licence is required
 * @param prohibited       whether the export is prohibited
 * @param licenceOptions   the licence routes open
 * @param optionConfidence how sure each route is, in words
 * @param catchAll         whether a catch-all control applies
 * @param policy           the licensing policy an application meets, in words, or null
 * @param authority        the authority that decides, or null
 * @param notifyAuthority  whether the authority must be notified (written as {@code notify})
 * @param reviewDays       the regime's review days, or null
 * @param documents        the number of documents an application needs, or null
 * @param filingOffice     where an application is filed, or null
 * @param confidence       how sure the answer is, in words
 * @param trace            the rules consulted, in order
 * @param regime           the regime applied
 */
public record DeterminationJson(boolean licenceRequired, boolean prohibited, List<String> licenceOptions,
                                List<String> optionConfidence, boolean catchAll, String policy, String authority,
                                @JsonProperty("notify") boolean notifyAuthority, Integer reviewDays, Integer documents, String filingOffice,
                                String confidence, List<Step> trace, RegimeUsed regime) {
    /** Reads records into plain maps for callers that look fields up by name; no dates or other modules needed. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One rule consulted.
     *
     * @param rule   the rule
     * @param effect what it did
     * @param source where it is written
     * @param key    the wording's key, so a reader's language words the step (the effect stays English); left out
     *               when the step has no keyed wording
     * @param args   the wording's values; left out with the key
     * @param parts  the reasons the wording's {@code {why}} joins, each with its own key and values
     *               ({@code trace.why.<key>}); left out when the step has none
     */
    public record Step(String rule, String effect, String source,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String key,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> args,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TraceStep.Part> parts) {
    }

    /**
     * The regime applied.
     *
     * @param jurisdiction its jurisdiction
     * @param asOf         the day it was taken as of (ISO)
     * @param version      the checksum of its data
     */
    public record RegimeUsed(String jurisdiction, String asOf, String version) {
    }

    /**
     * The de minimis finding (US content given).
     *
     * @param usContent    the controlled US content, in percent
     * @param threshold    the share above which the item is subject to the EAR
     * @param subjectToEar whether it is
     * @param why          the finding in words
     * @param source       the rule's source
     * @param key          the wording's key of {@code why} ({@code trace.<key>} in the web UI's catalogues), so a
     *                     reader's language words it
     * @param args         the wording's values, by placeholder name
     */
    public record DeMinimisFinding(BigDecimal usContent, BigDecimal threshold, boolean subjectToEar, String why,
                                   String source, String key, java.util.Map<String, String> args) {
    }

    /**
     * The de minimis part of an answer: written only when US content was given.
     *
     * @param deMinimis the finding
     * @param reexport  the EAR's answer for the re-export, or null when the item is not subject to the EAR
     */
    public record DeMinimisPart(DeMinimisFinding deMinimis, Reexport reexport) {
    }

    /**
     * The EAR's answer for the re-export, with its one line in the reader's language where a server words it.
     *
     * @param answer  the determination
     * @param summary the one-line answer, or null (then not written)
     */
    public record Reexport(@JsonUnwrapped DeterminationJson answer,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String summary) {
    }

    /**
     * An answer: the exporter's own regime's determination, then the de minimis part when US content was given.
     *
     * @param own       the determination
     * @param deMinimis the de minimis part, or null (then nothing of it is written)
     */
    public record Answer(@JsonUnwrapped DeterminationJson own, @JsonUnwrapped DeMinimisPart deMinimis) {
        /** @return the answer as a map of its JSON fields */
        public Map<String, Object> toMap() {
            return fields(this);
        }

        /** @return this answer with the re-export's one-line {@code summary} (none without a re-export answer) */
        public Answer withReexportSummary(String summary) {
            if (deMinimis == null || deMinimis.reexport() == null) {
                return this;
            }
            return new Answer(own, new DeMinimisPart(deMinimis.deMinimis(),
                    new Reexport(deMinimis.reexport().answer(), summary)));
        }
    }

    /** @return the determination in the contract's shape */
    public static DeterminationJson of(Determination d) {
        return new DeterminationJson(d.licenceRequired(), d.prohibited(), d.licenceOptions(),
                d.optionConfidence().stream().map(Confidence::word).toList(), d.catchAll(),
                d.policy() == null ? null : d.policy().word(), d.authority(), d.notifyAuthority(), d.reviewDays(),
                d.documents(), d.filingOffice(), d.confidence().word(),
                d.trace().stream().map(s -> new Step(s.rule(), s.effect(), s.source(), s.key(),
                        s.key() == null ? null : s.args(), s.key() == null ? List.of() : s.parts())).toList(),
                new RegimeUsed(d.jurisdiction(), d.asOf().toString(), d.regimeVersion()));
    }

    /**
     * @return an answer with its de minimis finding ({@code deMinimis}) and re-export answer ({@code reexport})
     *     when US content was given
     */
    public static Answer of(DeMinimis.Answer a) {
        DeMinimisPart part = a.finding() == null ? null : new DeMinimisPart(a.finding().view(),
                a.reexport() == null ? null : new Reexport(of(a.reexport()), null));
        return new Answer(of(a.own()), part);
    }

    /** @return the determination's JSON fields as a map, in order */
    public static Map<String, Object> toMap(Determination d) {
        return fields(of(d));
    }

    /** @return the answer's JSON fields as a map, in order */
    public static Map<String, Object> toMap(DeMinimis.Answer a) {
        return fields(of(a));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object record) {
        return MAPPER.convertValue(record, LinkedHashMap.class);
    }
}
