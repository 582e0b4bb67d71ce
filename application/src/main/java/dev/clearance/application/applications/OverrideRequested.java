package dev.clearance.application.applications;

/**
 * What an override request's audit record keeps: the override and the screening it overrides.
 *
 * @param override  the override requested
 * @param screening the screening that blocked the party
 */
public record OverrideRequested(GateOverrideView override, GateResultView screening) {
}
