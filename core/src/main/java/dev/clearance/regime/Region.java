package dev.clearance.regime;

import java.util.List;

/**
 * A region of a destination (an ISO 3166-2 subdivision, or a named part of one such as the so-called DNR), which
 * sanctions measures and Country Chart footnotes may be limited to.
 *
 * @param code    its code (UA-43, or UA-DNR for a named part of a subdivision)
 * @param country the ISO 3166-1 country it belongs to
 * @param within  the subdivision a named part lies in (UA-14 for UA-DNR), or null for a subdivision
 * @param name    its name in English
 * @param aliases other names a request may give it by (Crimea, DNR)
 */
public record Region(String code, String country, String within, String name, List<String> aliases) {
    public Region {
        aliases = List.copyOf(aliases);
    }

    /** The region in words: {@code UA-43 (Autonomous Republic of Crimea)}. */
    public String describe() {
        return code + " (" + name + ")";
    }
}
