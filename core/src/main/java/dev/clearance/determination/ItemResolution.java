package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Codes;
import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.ControlList;
import dev.clearance.regime.Listing;
import dev.clearance.regime.Regime;

/**
 * Which entry of the regime's control list the good is on: by its code, or by its CAS number; null
 * when it is on none (unlisted: catch-all and the regime's rules for unlisted goods decide).
 */
final class ItemResolution {
    private ItemResolution() {
    }

    static Listing resolve(Regime regime, ExportRequest r, Trace trace) {
        String unlisted = regime.rules().unlisted();
        if (r.item() != null) {
            String code = Codes.canonical(r.item());
            if (unlisted != null && code.equalsIgnoreCase(unlisted)) {
                return null;
            }
            if (!Codes.isValid(code)) {
                throw new BadRequestException("item", "not a control-list code like 3C002 or 3C002.a.2, nor "
                        + (unlisted == null ? "" : unlisted + " or ") + "NONE: '" + r.item() + "'");
            }
            Listing listing = regime.listing(code).orElse(null);
            if (listing != null) {
                return listing;
            }
            ControlList.Entry ccl = regime.controlList() == null ? null : regime.controlList().find(code).orElse(null);
            if (ccl != null && ccl.status() == ControlList.Status.US_ONLY) {
                trace.add("control list " + code, code + " is a US-only ECCN (reasons for control "
                        + (ccl.reasons().isEmpty() ? "none given" : ccl.reasons()) + "; not an entry of the Wassenaar,"
                        + " NSG, Australia Group or MTCR lists), so it is not an entry of the " + listName(regime)
                        + ": the good is treated as unlisted and catch-all decides", regime.controlList().source(),
                        ccl.reasons().isEmpty() ? "usOnlyNoReasons" : "usOnly", "code", code,
                        "reasons", String.valueOf(ccl.reasons()), "list", listName(regime));
                return null;
            }
            if (ccl != null && ccl.status() == ControlList.Status.US_MUNITIONS) {
                throw new BadRequestException("item", code + ": a US munitions (500/600-series) number, not an entry of the "
                        + listName(regime) + "; give the good's multilateral dual-use code (munitions are listed by"
                        + " Munitions List category, which Clearance does not encode)");
            }
            if (ccl != null && ccl.added()) {
                // A multilateral entry this regime's own list does not hold (Category 0 for the EAR): say where it is.
                throw new BadRequestException(BadRequestException.Kind.UNKNOWN, "item", code + ": not an entry of the "
                        + listName(regime) + "; it is a multilateral " + ccl.regime() + " entry (" + ccl.heading()
                        + "): " + ccl.source());
            }
            throw new BadRequestException("item", code + ": not an entry of the " + listName(regime));
        }
        if (r.cas() != null) {
            ControlEntry byCas = regime.entryByCas(r.cas()).orElse(null);
            if (byCas != null) {
                trace.add("CAS " + r.cas(), "listed under " + byCas.code() + ": treated as a listed item",
                        byCas.source(), "casListed", "entry", byCas.code());
                return regime.listing(byCas, Codes.canonical(byCas.code()));
            }
        }
        return null;
    }

    static String listName(Regime regime) {
        return regime.listControl() == null ? regime.jurisdiction() + " control list" : regime.listControl().name();
    }
}
