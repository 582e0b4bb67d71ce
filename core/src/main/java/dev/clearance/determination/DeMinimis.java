package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.EarData;
import dev.clearance.regime.Regime;
import java.math.BigDecimal;

/**
 * The EAR's de minimis rule (15 CFR 734.4, regimes.md §9): a foreign-made item is subject to the EAR
 * when its controlled US content exceeds 25 % of its value, 10 % for Country Group E:1 and E:2
 * destinations; its re-export then needs the EAR's determination beside the exporter's own.
 */
public final class DeMinimis {
    static final BigDecimal GENERAL = new BigDecimal("25");
    static final BigDecimal EMBARGOED = new BigDecimal("10");
    static final String SOURCE = "15 CFR 734.4 (de minimis); 15 CFR 740 Supp. No. 1 (Country Groups E:1, E:2); regimes.md §9";

    private DeMinimis() {
    }

    /**
     * What the rule says of an export.
     *
     * @param threshold the share of controlled US content above which the item is subject to the EAR
     * @param subject   whether it is
     */
    public record Finding(BigDecimal usContent, BigDecimal threshold, boolean subject, String why) {
        /** @return the finding as the JSON contract shows it, with the rule's source */
        public DeterminationJson.DeMinimisFinding view() {
            return new DeterminationJson.DeMinimisFinding(usContent, threshold, subject, why, SOURCE);
        }
    }

    /**
     * The answer for the export and, when the item is subject to the EAR, for its re-export under the EAR.
     *
     * @param own      the exporter's own regime's answer
     * @param finding  the de minimis finding; null when no US content was given
     * @param reexport the EAR's answer for the re-export; null when the item is not subject to the EAR
     */
    public record Answer(Determination own, Finding finding, Determination reexport) {
    }

    /**
     * The export's answer, with the de minimis finding and the re-export answer when {@code usContent} is given:
     * the one call of the CLI, the API and order books.
     *
     * @param usContent controlled US content in percent, or null when not given
     */
    public static Answer answer(DeterminationEngine engine, ExportRequest r, BigDecimal usContent) {
        return usContent == null ? new Answer(engine.determine(r), null, null) : determine(engine, r, usContent);
    }

    /**
     * Determines the export and, by the de minimis rule, the EAR's re-export determination.
     *
     * @param usContent controlled US content in percent of the item's value
     * @throws BadRequestException naming {@code us-content} when the rule cannot be applied
     */
    public static Answer determine(DeterminationEngine engine, ExportRequest r, BigDecimal usContent) {
        if (usContent.signum() < 0 || usContent.compareTo(new BigDecimal("100")) > 0) {
            throw new BadRequestException("us-content", "a percentage from 0 to 100: " + usContent.toPlainString());
        }
        Determination own = engine.determine(r);
        if (own.jurisdiction().equals("US")) {
            throw new BadRequestException("us-content", "the de minimis rule is for non-US exports; this one is under the EAR");
        }
        Regime us = engine.regimes().get("US").orElseThrow(() -> new BadRequestException("us-content",
                "no US EAR regime is loaded"));
        EarData ear = us.ear();
        boolean embargoed = ear.inGroup("E:1", r.to()) || ear.inGroup("E:2", r.to());
        BigDecimal threshold = embargoed ? EMBARGOED : GENERAL;
        boolean subject = usContent.compareTo(threshold) > 0;
        String why = "controlled US content " + usContent.toPlainString() + " % " + (subject ? "exceeds" : "does not exceed")
                + " the de minimis level of " + threshold.toPlainString() + " %" + (embargoed ? " (" + r.to()
                + " is in Country Group E:1/E:2)" : "") + (subject ? ": the item is subject to the EAR on re-export"
                : ": the item is not subject to the EAR on re-export");
        Finding finding = new Finding(usContent, threshold, subject, why);
        if (!subject || r.to().equals("US")) {
            return new Answer(own, finding, null);
        }
        if (!us.coverage().contains(r.date())) {
            throw new BadRequestException("us-content", "the US EAR data covers " + us.coverage() + ": the re-export"
                    + " of " + r.date() + " cannot be determined");
        }
        ExportRequest reexport = new ExportRequest("US", r.to(), r.item(), r.cas(), r.hs(), r.date(), r.endUse(),
                r.endUser(), r.informed(), r.value(), r.currency(), r.region());
        return new Answer(own, finding, engine.determine(us, reexport));
    }
}
