package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.DeMinimisRule;
import dev.clearance.regime.Regime;
import java.math.BigDecimal;
import java.util.List;

/**
 * A regime's de minimis rule (the EAR's, 15 CFR 734.4, regimes.md §9, in its data): a foreign-made item is subject
 * to that regime when its controlled content of the regime's origin exceeds the rule's level, a lower level for
 * destinations in the groups the rule names; its re-export then needs that regime's determination beside the
 * exporter's own. The levels, groups and source are the regime's data ({@link DeMinimisRule}).
 */
public final class DeMinimis {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DeMinimis() {
    }

    /**
     * What the rule says of an export.
     *
     * @param threshold the share of controlled content above which the item is subject to the rule's regime
     * @param subject   whether it is
     * @param source    the rule's source, from its regime's data
     */
    public record Finding(BigDecimal usContent, BigDecimal threshold, boolean subject, String why, String source,
                          TraceStep worded) {
        /** @return the finding as the JSON contract shows it, with the rule's source and the wording of {@code why} */
        public DeterminationJson.DeMinimisFinding view() {
            return new DeterminationJson.DeMinimisFinding(usContent, threshold, subject, why, source, worded.key(),
                    worded.args());
        }
    }

    /**
     * The answer for the export and, when the item is subject to the rule's regime, for its re-export under it.
     *
     * @param own      the exporter's own regime's answer
     * @param finding  the de minimis finding; null when no content was given
     * @param reexport the rule's regime's answer for the re-export; null when the item is not subject to it
     */
    public record Answer(Determination own, Finding finding, Determination reexport) {
    }

    /**
     * The export's answer, with the de minimis finding and the re-export answer when {@code usContent} is given:
     * the one call of the CLI, the API and order books.
     *
     * @param usContent controlled content of the rule's regime's origin in percent, or null when not given
     */
    public static Answer answer(DeterminationEngine engine, ExportRequest r, BigDecimal usContent) {
        return usContent == null ? new Answer(engine.determine(r), null, null) : determine(engine, r, usContent);
    }

    /**
     * Determines the export and, by the de minimis rule of the regime whose data gives one, that regime's
     * re-export determination.
     *
     * @param usContent controlled content of the rule's regime's origin, in percent of the item's value
     * @throws BadRequestException naming {@code us-content} when the rule cannot be applied
     */
    public static Answer determine(DeterminationEngine engine, ExportRequest r, BigDecimal usContent) {
        if (usContent.signum() < 0 || usContent.compareTo(HUNDRED) > 0) {
            throw new BadRequestException("us-content", "a percentage from 0 to 100: " + usContent.toPlainString());
        }
        Regime origin = engine.regimes().all().stream().filter(x -> x.deMinimis().isPresent()).findFirst()
                .orElseThrow(() -> new BadRequestException("us-content", "no regime with a de minimis rule is loaded"));
        DeMinimisRule rule = origin.deMinimis().orElseThrow();
        String law = rule.law();
        Determination own = engine.determine(r);
        if (own.jurisdiction().equals(origin.jurisdiction())) {
            throw new BadRequestException("us-content", "the de minimis rule is for non-" + origin.jurisdiction()
                    + " exports; this one is under the " + law);
        }
        List<String> lowerGroups = rule.lowerGroups().stream().filter(g -> inGroup(origin, g, r.to())).toList();
        boolean lower = !lowerGroups.isEmpty();
        BigDecimal threshold = lower ? rule.lowerLevel() : rule.level();
        boolean subject = usContent.compareTo(threshold) > 0;
        String why = "controlled " + origin.jurisdiction() + " content " + usContent.toPlainString() + " % "
                + (subject ? "exceeds" : "does not exceed") + " the de minimis level of " + threshold.toPlainString()
                + " %" + (lower ? " (" + r.to() + " is in Country Group " + String.join("/", rule.lowerGroups()) + ")" : "")
                + (subject ? ": the item is subject to the " + law + " on re-export"
                : ": the item is not subject to the " + law + " on re-export");
        TraceStep worded = TraceStep.worded("de minimis", why, rule.source(), "deMinimis"
                + (subject ? "Subject" : "NotSubject") + (lower ? "Lower" : ""), "origin", origin.jurisdiction(),
                "content", usContent.toPlainString(), "threshold", threshold.toPlainString(), "to", r.to(),
                "groups", String.join("/", rule.lowerGroups()), "law", law);
        Finding finding = new Finding(usContent, threshold, subject, why, rule.source(), worded);
        if (!subject || r.to().equals(origin.jurisdiction())) {
            return new Answer(own, finding, null);
        }
        if (!origin.coverage().contains(r.date())) {
            throw new BadRequestException("us-content", "the " + origin.jurisdiction() + " " + law + " data covers "
                    + origin.coverage() + ": the re-export of " + r.date() + " cannot be determined");
        }
        ExportRequest reexport = new ExportRequest(origin.jurisdiction(), r.to(), r.item(), r.cas(), r.hs(), r.date(),
                r.endUse(), r.endUser(), r.informed(), r.value(), r.currency(), r.region(), r.headquarters());
        return new Answer(own, finding, engine.determine(origin, reexport));
    }

    /** Whether {@code country} is in the regime's {@code group}: by its bundled tables when it has them, as before. */
    private static boolean inGroup(Regime regime, String group, String country) {
        return regime.ear() != null ? regime.ear().inGroup(group, country)
                : regime.group(group).map(g -> g.members().stream().anyMatch(m -> m.country().equals(country)))
                .orElse(false);
    }
}
