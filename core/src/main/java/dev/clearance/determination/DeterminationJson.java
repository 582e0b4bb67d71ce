package dev.clearance.determination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract other tools rely on, as plain maps and lists for any JSON writer:
 * {@code licenceRequired, prohibited, licenceOptions, optionConfidence, catchAll, policy, authority, notify,
 * reviewDays, documents, confidence, trace[{rule, effect, source}], regime{jurisdiction, asOf}}, plus
 * {@code filingOffice} and {@code regime.version}.
 */
public final class DeterminationJson {
    private DeterminationJson() {
    }

    /**
     * The JSON contract of an answer with its de minimis finding ({@code deMinimis}) and re-export answer
     * ({@code reexport}) when US content was given.
     */
    public static Map<String, Object> toMap(DeMinimis.Answer a) {
        Map<String, Object> m = toMap(a.own());
        if (a.finding() != null) {
            m.put("deMinimis", a.finding().toMap());
            m.put("reexport", a.reexport() == null ? null : toMap(a.reexport()));
        }
        return m;
    }

    public static Map<String, Object> toMap(Determination d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("licenceRequired", d.licenceRequired());
        m.put("prohibited", d.prohibited());
        m.put("licenceOptions", d.licenceOptions());
        m.put("optionConfidence", d.optionConfidence().stream().map(Confidence::word).toList());
        m.put("catchAll", d.catchAll());
        m.put("policy", d.policy() == null ? null : d.policy().word());
        m.put("authority", d.authority());
        m.put("notify", d.notifyAuthority());
        m.put("reviewDays", d.reviewDays());
        m.put("documents", d.documents());
        m.put("filingOffice", d.filingOffice());
        m.put("confidence", d.confidence().word());
        List<Map<String, Object>> trace = new ArrayList<>();
        for (TraceStep s : d.trace()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("rule", s.rule());
            t.put("effect", s.effect());
            t.put("source", s.source());
            if (s.key() != null) {
                // the wording's key and values, so a reader's language words the step (the effect stays English)
                t.put("key", s.key());
                t.put("args", s.args());
            }
            trace.add(t);
        }
        m.put("trace", trace);
        Map<String, Object> regime = new LinkedHashMap<>();
        regime.put("jurisdiction", d.jurisdiction());
        regime.put("asOf", d.asOf().toString());
        regime.put("version", d.regimeVersion());
        m.put("regime", regime);
        return m;
    }
}
