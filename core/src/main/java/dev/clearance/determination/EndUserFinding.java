package dev.clearance.determination;

import dev.clearance.regime.ListEffect;
import java.util.ArrayList;
import java.util.List;

/**
 * What screening the end user against end-user lists found. The engine does not screen; callers
 * (CLI, server) screen and pass the finding in, which keeps the engine pure.
 *
 * @param name        the end user as given
 * @param listed      true when a list entry matched at or above the threshold
 * @param entryId     the best-scored matched entry ({@code meti:123}); empty when not listed
 * @param list        the list it is on
 * @param explanation why it matched, for the trace
 * @param unscreened  configured lists the end user could not be screened against (not loaded): a "not
 *                    listed" is then not established, and the answer says so
 * @param effect      what a hit on that list means in law (its configuration); null when not listed or not known
 * @param others      the further hits at or above the threshold on other lists, lower-scored: each is read for
 *                    its own effect, and the strictest effect of all hits decides (a lower-scored export ban
 *                    under a higher-scored screening hit still prohibits)
 */
public record EndUserFinding(String name, boolean listed, String entryId, String list, String explanation,
                             List<String> unscreened, ListEffect effect, List<Hit> others) {
    public EndUserFinding {
        unscreened = List.copyOf(unscreened);
        others = others == null ? List.of() : List.copyOf(others);
    }

    /** One hit on a list: the entry, its list, why it matched and the list's legal effect (null when not known). */
    public record Hit(String entryId, String list, String explanation, ListEffect effect) {
    }

    /** A finding with its best hit only. */
    public EndUserFinding(String name, boolean listed, String entryId, String list, String explanation,
                          List<String> unscreened, ListEffect effect) {
        this(name, listed, entryId, list, explanation, unscreened, effect, List.of());
    }

    /** A finding with no list effect. */
    public EndUserFinding(String name, boolean listed, String entryId, String list, String explanation,
                          List<String> unscreened) {
        this(name, listed, entryId, list, explanation, unscreened, null);
    }

    /** A finding screened against every configured list. */
    public EndUserFinding(String name, boolean listed, String entryId, String list, String explanation) {
        this(name, listed, entryId, list, explanation, List.of(), null);
    }

    /** A hit screened against every configured list, on a list with this effect. */
    public EndUserFinding(String name, String entryId, String list, String explanation, ListEffect effect) {
        this(name, true, entryId, list, explanation, List.of(), effect);
    }

    /** The hits, best first, screened against every configured list; empty hits make a finding not listed. */
    public static EndUserFinding of(String name, List<Hit> hits, String listsChecked) {
        if (hits.isEmpty()) {
            return notListed(name, listsChecked);
        }
        Hit top = hits.get(0);
        return new EndUserFinding(name, true, top.entryId(), top.list(), top.explanation(), List.of(), top.effect(),
                hits.subList(1, hits.size()));
    }

    public static EndUserFinding notListed(String name, String listsChecked) {
        return new EndUserFinding(name, false, "", listsChecked, "");
    }

    /** The same finding, noting the configured lists it was not screened against. */
    public EndUserFinding withUnscreened(List<String> lists) {
        return new EndUserFinding(name, listed, entryId, list, explanation, lists, effect, others);
    }

    /** Every hit, the best first; empty when not listed. */
    public List<Hit> hits() {
        if (!listed) {
            return List.of();
        }
        List<Hit> all = new ArrayList<>();
        all.add(new Hit(entryId, list, explanation, effect));
        all.addAll(others);
        return all;
    }
}
