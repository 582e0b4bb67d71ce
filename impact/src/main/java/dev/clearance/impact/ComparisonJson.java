package dev.clearance.impact;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.determination.Determination;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two regimes compared on one day, as the JSON contract the CLI and the server write:
 * {@code {"day", "regimes": [profile, profile], "treatments": [...]}}.
 *
 * @param day        the day compared
 * @param regimes    the two regimes' profiles
 * @param treatments how each destination is treated
 */
public record ComparisonJson(String day, List<Profile> regimes, List<TreatmentJson> treatments) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A regime's profile.
     *
     * @param jurisdiction  its jurisdiction
     * @param name          its name
     * @param regimeVersion the checksum of its data
     * @param sections      its facts by section, in order
     */
    public record Profile(String jurisdiction, String name, String regimeVersion, Map<String, List<Row>> sections) {
    }

    /**
     * A fact of a profile.
     *
     * @param subject   what it is about
     * @param statement what it says
     * @param source    where it is written
     */
    public record Row(String subject, String statement, String source) {
    }

    /**
     * How a destination is treated.
     *
     * @param from    the exporting country
     * @param to      the destination
     * @param alike   what both regimes answer alike
     * @param groups  the destination's country groups
     * @param caveats what the comparison cannot say
     * @param samples sample exports determined
     */
    public record TreatmentJson(String from, String to, List<String> alike, List<String> groups,
                                List<String> caveats, List<Sample> samples) {
    }

    /**
     * A sample export's answer.
     *
     * @param label           the sample
     * @param licenceRequired whether a licence is required
     * @param prohibited      whether it is prohibited
     * @param policy          the licensing policy in words, or null
     * @param authority       the deciding authority, or null
     * @param licenceOptions  the routes open
     * @param catchAll        whether a catch-all control applies
     * @param reviewDays      the review days, or null
     * @param documents       the documents needed, or null
     * @param filingOffice    where to file, or null
     * @param summary         the answer in one line
     */
    public record Sample(String label, boolean licenceRequired, boolean prohibited, String policy, String authority,
                         List<String> licenceOptions, boolean catchAll, Integer reviewDays, Integer documents,
                         String filingOffice, String summary) {
    }

    /** @return the comparison in the contract's shape */
    public static ComparisonJson of(RegimeComparison c) {
        return new ComparisonJson(c.day().toString(), List.of(profile(c.left()), profile(c.right())),
                c.treatments().stream().map(ComparisonJson::treatment).toList());
    }

    /** @return the contract's fields as a map, in order */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return MAPPER.convertValue(this, LinkedHashMap.class);
    }

    private static Profile profile(RegimeProfile p) {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        p.sections().forEach((k, rows) -> sections.put(k, rows.stream()
                .map(r -> new Row(r.subject(), r.statement(), r.source())).toList()));
        return new Profile(p.jurisdiction(), p.name(), p.version(), sections);
    }

    private static TreatmentJson treatment(Treatment t) {
        return new TreatmentJson(t.from(), t.to(), t.alike(), t.standing().groups(), t.standing().caveats(),
                t.samples().stream().map(s -> sample(s.label(), s.determination())).toList());
    }

    private static Sample sample(String label, Determination d) {
        return new Sample(label, d.licenceRequired(), d.prohibited(), d.policy() == null ? null : d.policy().word(),
                d.authority(), d.licenceOptions(), d.catchAll(), d.reviewDays(), d.documents(), d.filingOffice(),
                d.summary());
    }
}
