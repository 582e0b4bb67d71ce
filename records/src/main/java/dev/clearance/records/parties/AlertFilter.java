package dev.clearance.records.parties;

/**
 * Which alerts to list; a null criterion matches every alert.
 *
 * @param state only alerts in this state
 * @param list only alerts on this list (its name, or the source prefix of the entry ids, e.g. {@code un})
 * @param partyKey only alerts of this party
 */
public record AlertFilter(PartyAlert.State state, String list, String partyKey) {
    /** Every alert. */
    public static final AlertFilter ALL = new AlertFilter(null, null, null);
}
