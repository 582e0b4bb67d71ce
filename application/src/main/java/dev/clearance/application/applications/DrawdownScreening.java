package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A drawdown's screening, and whether the lists changed since the licence's last screening.
 *
 * @param result            the screening
 * @param listsChangedSince whether the list versions differ from the licence's last screening; null without one
 */
public record DrawdownScreening(@JsonUnwrapped GateResultView result, Boolean listsChangedSince) {
}
