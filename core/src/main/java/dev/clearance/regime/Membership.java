package dev.clearance.regime;

/**
 * A country's membership of a group over a period.
 *
 * @param confirmed false for memberships the sources do not confirm: shown in traces, never decided on
 */
public record Membership(String country, Period period, String source, boolean confirmed) {
}
