/**
 * The export-control regimes as data: control entries, country groups, licence types, rules, each with its source
 * and effective dates; and the sanctions measures layered over them ({@code regimes/sanctions/*.yaml}) and the
 * regions of destinations they may be limited to ({@code regimes/regions.yaml}).
 *
 * <p>The model (Regime, Regimes, CountryGroup, SanctionsMeasure ...) is this package's public face. The readers are
 * internal: {@code DataNode} (a strict YAML reader for regime data), {@code RegimeLoader}, {@code SanctionsLoader},
 * {@code ApplicationRulesReader}; they are public only so that the impact module's scenario reader validates a
 * scenario as strictly as regime data, and nothing else should call them. The generators of the bundled tables
 * ({@code EarDataGenerator}, {@code ControlListGenerator}) live among core's tests, the only place that runs them.
 */
package dev.clearance.regime;
