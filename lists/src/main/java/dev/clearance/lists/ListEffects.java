package dev.clearance.lists;

import dev.clearance.regime.ListEffect;
import dev.clearance.regime.ListEffect.Kind;
import java.util.Locale;

/**
 * The legal effect a hit on a list has by default, by the list its format loaded the entry from: METI's lists of
 * specific organisations are export bans under Japanese law, the EU's Regulation 833/2014 Annex IV an export ban
 * under EU law, the BIS Entity List a licence requirement under the EAR, OFAC's SDN list and asset-freeze lists
 * blocking under their issuer's law. Any other list (a company's own {@code csv} list without {@code effect}, an
 * FtM export) has no known effect: a hit on it is a CHECK. What each effect means for an exporter is the regime's
 * data (its end-user rules), not this table's; a list's configuration ({@code effect}) overrides the default.
 */
public final class ListEffects {
    private ListEffects() {
    }

    /** The default effect of an entry from {@code source} on {@code list}. */
    public static ListEffect defaultFor(String source, String list) {
        String l = list == null ? "" : list.toLowerCase(Locale.ROOT);
        return switch (source == null ? "" : source) {
            // METI's lists of specific organisations (Russia, Belarus, third countries): all goods banned.
            case "meti" -> new ListEffect(Kind.EXPORT_BAN, "JP");
            case "ofac" -> l.equals(OfacCsvLoader.SDN.toLowerCase(Locale.ROOT))
                    ? new ListEffect(Kind.BLOCKING, "US") : new ListEffect(Kind.SCREENING, "US");
            case "un" -> new ListEffect(Kind.BLOCKING, "UN");
            case "uk" -> new ListEffect(Kind.BLOCKING, "GB");
            case "eu" -> eu(l);
            case "csl" -> csl(l);
            default -> ListEffect.UNKNOWN;
        };
    }

    private static ListEffect eu(String list) {
        if (list.endsWith("833/2014 annex iv")) {
            return new ListEffect(Kind.EXPORT_BAN, "EU");
        }
        if (list.contains("269/2014") || list.equals(EuFsfXmlLoader.LIST.toLowerCase(Locale.ROOT))) {
            return new ListEffect(Kind.BLOCKING, "EU");
        }
        return new ListEffect(Kind.SCREENING, "EU");
    }

    private static ListEffect csl(String list) {
        if (list.equals(CslJsonLoader.BIS_ENTITY_LIST.toLowerCase(Locale.ROOT)) || list.startsWith("entity list")) {
            return new ListEffect(Kind.LICENCE, "US");
        }
        if (list.startsWith("specially designated nationals")) {
            return new ListEffect(Kind.BLOCKING, "US");
        }
        if (list.startsWith("denied persons list")) {
            return new ListEffect(Kind.EXPORT_BAN, "US");
        }
        return new ListEffect(Kind.SCREENING, "US");
    }
}
