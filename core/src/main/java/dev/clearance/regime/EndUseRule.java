package dev.clearance.regime;

import java.util.List;

/**
 * An end-use rule: an export for one of these end uses needs a licence for any item subject to the
 * regime, listed or not (the EAR's part 744 end-use controls).
 *
 * @param endUses the end uses (civil, wmd, conventional-weapons, unknown) it is about
 * @param check   true when its reach by destination is not encoded and it is applied everywhere,
 *                conservatively (CHECK)
 */
public record EndUseRule(String code, List<String> endUses, boolean check, String text, String source) {
    public EndUseRule {
        endUses = List.copyOf(endUses);
    }
}
