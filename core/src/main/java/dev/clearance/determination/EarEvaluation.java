package dev.clearance.determination;

import dev.clearance.regime.Codes;
import dev.clearance.regime.EarData;
import dev.clearance.regime.Regime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * List control by the Country Chart (the US EAR, 15 CFR 738.4): for each reason for control of the
 * ECCN, an X in the destination's cell of its column means a licence is required for that reason;
 * the embargoes of part 746, the chart's footnoted Russia/Belarus rules and a listed end user require
 * one too; then the list-based licence exceptions the ECCN allows (LVS, GBS), unless §740.2 rules
 * them out. Goods on no ECCN are EAR99.
 */
final class EarEvaluation {
    static final String EAR99 = "EAR99";
    private static final Set<String> EXCEPTION_REASONS = Set.of("NS");

    private EarEvaluation() {
    }

    static Outcome evaluate(Regime regime, ExportRequest r, Trace trace) {
        EarData ear = regime.ear();
        EarData.ChartRow row = ear.row(r.to()).orElseThrow(() -> new BadRequestException("to",
                r.to() + ": no row of the Commerce Country Chart (15 CFR 738 Supp. No. 1)"));
        Outcome out = new Outcome(false);
        List<String> why = new ArrayList<>();
        boolean exceptionsBarred = false;
        EarData.Eccn eccn = null;
        String code = null;
        if (r.item() != null) {
            code = Codes.canonical(r.item());
            if (code.equalsIgnoreCase(EAR99)) {
                code = null;
            } else {
                if (!Codes.isValid(code)) {
                    throw new BadRequestException("item", "not an ECCN like 3C002 or 3C002.a.2, nor EAR99 or NONE: '"
                            + r.item() + "'");
                }
                String c = code;
                eccn = ear.eccn(code).orElseThrow(() -> new BadRequestException("item", c
                        + ": not an ECCN of the Commerce Control List"));
            }
        }
        // Embargoes (part 746): every item subject to the EAR, whatever the chart says.
        if (!row.embargo().isEmpty()) {
            out.required = true;
            exceptionsBarred = true;
            why.add("embargo");
            trace.add("part 746 " + r.to(), "licence required: " + row.name() + " is embargoed: " + row.embargo()
                    + " (the chart row carries no X; §740.2 bars the list-based exceptions)", EarData.SOURCE + "; 15 CFR 746");
        }
        if (eccn == null) {
            trace.add(EAR99, (r.item() == null ? "the good is on no ECCN" : "EAR99 as given")
                    + ": EAR99, subject to the EAR but not on the Commerce Control List; no Country Chart reason applies",
                    "15 CFR 734.3(c); 15 CFR 774 Supp. No. 1");
        } else {
            trace.add("ECCN " + code, eccn.code() + " " + eccn.heading() + ": reasons for control "
                    + (eccn.controls().isEmpty() ? "none given" : String.join(", ", eccn.controls().stream()
                    .map(c -> c.column() == null ? c.reason() : c.column()).distinct().toList())), EarData.SOURCE);
            for (EarData.Control c : eccn.controls()) {
                if (c.column() == null) {
                    trace.add(c.reason() + " (" + code + ")", "CHECK: no Country Chart column: " + c.scope() + " => "
                            + c.text() + " (not evaluated by Clearance)", EarData.SOURCE);
                    out.weaken(Confidence.CHECK);
                    continue;
                }
                boolean x = row.x().contains(c.column());
                String scope = c.wholeEntry() ? "" : " (applies to " + c.scope() + "; applied to the whole entry,"
                        + " conservatively)";
                if (x) {
                    out.required = true;
                    why.add(c.reason());
                    if (!c.wholeEntry()) {
                        out.weaken(Confidence.CHECK);
                    }
                }
                trace.add(c.column() + " (" + code + ")", (x ? "X for " + r.to() + ": licence required for " + c.reason()
                        + " reasons" : "no X for " + r.to() + ": no licence needed for " + c.reason() + " reasons") + scope,
                        "15 CFR 738.4; " + EarData.SOURCE);
            }
        }
        for (String f : row.footnotes()) {
            String text = ear.footnote(f);
            if (f.equals("6")) {
                // Russia and Belarus: §746.8 adds licence requirements for every ECCN (and, by HS code, for EAR99 items).
                out.required = true;
                why.add("footnote 6");
                if (eccn == null) {
                    out.weaken(Confidence.CHECK);
                }
                trace.add("footnote 6", "licence required: " + text + (eccn == null ? " (EAR99: required,"
                        + " conservatively, as the HS-coded supplements of part 746 are not encoded: CHECK)" : ""),
                        "15 CFR 738 Supp. No. 1 footnote 6; 15 CFR 746.5, 746.8");
            } else if (f.equals("8") || f.equals("9")) {
                trace.add("footnote " + f, "CHECK: " + text + " If the goods go to the Crimea, DNR or LNR regions, a"
                        + " licence is required.", "15 CFR 738 Supp. No. 1 footnote " + f + "; 15 CFR 746.6");
                out.weaken(Confidence.CHECK);
            } else if (!text.isEmpty()) {
                trace.add("footnote " + f, text, "15 CFR 738 Supp. No. 1 footnote " + f);
            }
        }
        if (r.endUser() != null && r.endUser().listed()) {
            out.required = true;
            exceptionsBarred = true;
            why.add("listed party");
            trace.add("end user " + r.endUser().name(), "licence required: listed as " + r.endUser().entryId() + " on "
                    + r.endUser().list() + " (" + r.endUser().explanation() + "); a party on the Entity List needs a"
                    + " licence for any item subject to the EAR (part 744), and §740.2 bars the exceptions",
                    "15 CFR 744.11, 744 Supp. No. 4; 15 CFR 740.2; " + r.endUser().list());
        }
        if (!out.required) {
            trace.add("answer", "NLR: no X for " + r.to() + " in any column of the reasons for control, no embargo,"
                    + " footnote or listed party", "15 CFR 738.4");
            return out;
        }
        if (!exceptionsBarred && (r.endUse() == EndUse.WMD)) {
            exceptionsBarred = true;
            trace.add("§740.2", "the list-based exceptions are barred: WMD end use (part 744)", "15 CFR 740.2(a); 744.2-744.4");
        }
        offerExceptions(regime, r, eccn, why, exceptionsBarred, out, trace);
        out.options.add("LICENSE");
        trace.add("LICENSE", "a BIS licence can authorise it", "15 CFR 748");
        return out;
    }

    private static void offerExceptions(Regime regime, ExportRequest r, EarData.Eccn eccn, List<String> why,
                                        boolean barred, Outcome out, Trace trace) {
        EarData ear = regime.ear();
        String src = "15 CFR 740.2-740.4; 15 CFR 740 Supp. No. 1; " + EarData.SOURCE;
        if (eccn == null) {
            return;
        }
        Set<String> beyond = new LinkedHashSet<>(why);
        beyond.removeAll(EXCEPTION_REASONS);
        boolean inB = ear.inGroup("B", r.to());
        // LVS
        BigDecimal limit = eccn.lvsLimit();
        if (limit != null) {
            String refusal = barred ? "§740.2 bars exceptions here" : !beyond.isEmpty() ? "it overcomes NS requirements only,"
                    + " not " + String.join(", ", beyond) + " (conservatively)" : !inB ? r.to() + " is not in Country Group B"
                    : r.value() == null ? "the shipment value is not given (--value AMOUNT USD)"
                    : !"USD".equals(r.currency()) ? "the value is in " + r.currency() + "; LVS limits are in US dollars (not converted)"
                    : r.value().compareTo(limit) > 0 ? "the value " + r.value().toPlainString() + " USD exceeds the LVS limit "
                    + limit.toPlainString() + " USD" : null;
            if (refusal == null) {
                out.options.add("LVS");
                if (!eccn.lvsUnconditional()) {
                    out.weaken(Confidence.CHECK);
                }
                trace.add("LVS", "offered" + (eccn.lvsUnconditional() ? "" : ", CHECK") + ": value "
                        + r.value().toPlainString() + " USD within the limit (" + eccn.lvs() + "); " + r.to()
                        + " is in Country Group B", src);
            } else {
                trace.add("LVS", "not offered: " + refusal + " (LVS: " + eccn.lvs() + ")", src);
            }
        } else {
            trace.add("LVS", "not offered: the ECCN does not allow it (LVS: " + (eccn.lvs().isEmpty() ? "not given" : eccn.lvs())
                    + ")", src);
        }
        if (eccn.gbsAllowed()) {
            String refusal = barred ? "§740.2 bars exceptions here" : !beyond.isEmpty() ? "it overcomes NS requirements only,"
                    + " not " + String.join(", ", beyond) + " (conservatively)" : !inB ? r.to() + " is not in Country Group B" : null;
            if (refusal == null) {
                out.options.add("GBS");
                trace.add("GBS", "offered" + (eccn.gbsUnconditional() ? "" : ", CHECK: " + eccn.gbs()) + "; " + r.to()
                        + " is in Country Group B", src);
            } else {
                trace.add("GBS", "not offered: " + refusal + " (GBS: " + eccn.gbs() + ")", src);
            }
        } else {
            trace.add("GBS", "not offered: the ECCN does not allow it (GBS: " + (eccn.gbs().isEmpty() ? "not given" : eccn.gbs())
                    + ")", src);
        }
    }
}
