package dev.clearance.regime;

import java.util.List;

/**
 * A fact the engine shows but does not decide on: UNCONFIRMED facts, or things to check by hand.
 *
 * @param entries      code prefixes it concerns; empty means any item
 * @param destinations destinations it concerns; empty means any
 * @param context      {@code listed}, {@code catch-all} or {@code any}: which determinations show it
 * @param status       UNCONFIRMED, CHECK or INFO
 * @param exceptGroups destination groups it does not reach (an exemption "except to Na-2"): a destination counted
 *                     in one of them on the day is outside the note
 * @param maxValue     the shipment value it reaches up to (an exemption for low-value shipments), or null: a
 *                     shipment whose value is given in the same currency and exceeds it is outside the note
 */
public record RegimeNote(String code, String text, List<String> entries, List<String> destinations, Period period,
                         String context, String status, String source, List<String> exceptGroups, Amount maxValue) {
    public RegimeNote {
        entries = List.copyOf(entries);
        destinations = List.copyOf(destinations);
        exceptGroups = exceptGroups == null ? List.of() : List.copyOf(exceptGroups);
    }

    /** A note reaching every group and value. */
    public RegimeNote(String code, String text, List<String> entries, List<String> destinations, Period period,
                      String context, String status, String source) {
        this(code, text, entries, destinations, period, context, status, source, List.of(), null);
    }

    /** An amount of money in an ISO 4217 currency. */
    public record Amount(java.math.BigDecimal amount, String currency) {
        @Override
        public String toString() {
            return amount.toPlainString() + " " + currency;
        }
    }

    /** True when a shipment of {@code value} in {@code currency} (either may be null: not known) may be within the note. */
    public boolean reachesValue(java.math.BigDecimal value, String currency) {
        return maxValue == null || value == null || !maxValue.currency().equals(currency)
                || value.compareTo(maxValue.amount()) <= 0;
    }

    /** True when the note's fact is not read in a primary source (CHECK or UNCONFIRMED): an answer it reaches is no surer. */
    public boolean doubtful() {
        return status.equals("CHECK") || status.equals("UNCONFIRMED");
    }
}
