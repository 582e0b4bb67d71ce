package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Countries;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.text.Excerpt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The one validation of a licence's terms against the regimes, for every way a licence comes in: the jurisdiction
 * has a regime, the type is one of that regime's licence types, every entry is on its control list (asked of
 * {@link Regime#entry}, so the check grows as strict as the regime's entry catalogue), every destination is an
 * ISO 3166-1 alpha-2 code. Each refusal is a {@link BadRequestException} naming the field.
 */
public final class LicenceTerms {
    private LicenceTerms() {
    }

    /**
     * @return the regime of the jurisdiction
     * @throws BadRequestException naming {@code jurisdiction}, {@code type}, {@code entries} or {@code destinations}
     */
    public static Regime check(Regimes regimes, String jurisdiction, String type, Collection<String> entries,
                               Collection<String> destinations) {
        String j = jurisdiction == null ? "" : jurisdiction.trim().toUpperCase(Locale.ROOT);
        Regime regime = regimes.get(j).orElseThrow(() -> new BadRequestException("jurisdiction",
                "no regime for " + Excerpt.quote(jurisdiction) + "; known: " + String.join(", ",
                        regimes.all().stream().map(Regime::jurisdiction).toList())));
        if (licenceType(regime, type) == null) {
            throw new BadRequestException("type", Excerpt.quote(type) + " is not a licence type of the "
                    + regime.jurisdiction() + " regime; its types: " + String.join(", ",
                    regime.licenceTypes().stream().map(t -> t.code().toLowerCase(Locale.ROOT)).toList()));
        }
        List<String> unknown = new ArrayList<>();
        for (String e : entries) {
            if (!regime.isControlListEntry(e)) {
                unknown.add(Excerpt.quote(e));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException("entries", "not on the " + regime.jurisdiction() + " control list: "
                    + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
        }
        List<String> bad = new ArrayList<>();
        for (String d : destinations) {
            if (d == null || !Countries.isValid(d.trim().toUpperCase(Locale.ROOT))) {
                bad.add(Excerpt.quote(d));
            }
        }
        if (!bad.isEmpty()) {
            throw new BadRequestException("destinations", "not ISO 3166-1 alpha-2 country codes: "
                    + String.join(", ", bad.subList(0, Math.min(10, bad.size()))));
        }
        return regime;
    }

    /**
     * The regime's licence type a word names ({@code individual}, {@code INDIVIDUAL}, {@code general-bulk}), or null.
     */
    public static LicenceType licenceType(Regime regime, String type) {
        if (type == null) {
            return null;
        }
        String t = type.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LicenceType l : regime.licenceTypes()) {
            if (l.code().toUpperCase(Locale.ROOT).replace('-', '_').equals(t)) {
                return l;
            }
        }
        return null;
    }
}
