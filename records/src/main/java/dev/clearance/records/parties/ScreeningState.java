package dev.clearance.records.parties;

/** Where a party of the partner master stands against the lists. */
public enum ScreeningState {
    /** Its current data have not been screened against the loaded lists yet: not known to be clear. */
    UNSCREENED,
    /** Screened, no active alert. */
    CLEAR,
    /** Every active alert reviewed as a false positive. */
    REVIEWED,
    /** At least one alert waits for an officer. */
    OPEN_ALERT,
    /** At least one alert confirmed as a match. */
    CONFIRMED_MATCH;

    static ScreeningState of(PartyAlert.State s) {
        return switch (s) {
            case OPEN -> OPEN_ALERT;
            case REVIEWED -> REVIEWED;
            case CONFIRMED -> CONFIRMED_MATCH;
            case CLOSED -> CLEAR;
        };
    }

    /** The graver of two states (declaration order: later is graver). */
    static ScreeningState worse(ScreeningState a, ScreeningState b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * @param party the party
     * @param fromAlerts its state from its active alerts
     * @return UNSCREENED when the party's data were never screened and no alert is open on it, else the alert state
     */
    public static ScreeningState of(PartyRecord party, ScreeningState fromAlerts) {
        return party.screenedAt() == null && fromAlerts == CLEAR ? UNSCREENED : fromAlerts;
    }
}
