/**
 * The export-control regimes as data: control entries, country groups, licence types, rules, each with its source
 * and effective dates; and the sanctions measures layered over them and the regions of destinations they may be
 * limited to.
 *
 * <p>This package is the model, the public face of regime data: Regime, Regimes, CountryGroup, SanctionsMeasure,
 * Regions, EarData, ControlList ... It reads no file and knows nothing of how the data is stored; the readers of
 * {@code regimes/*.yaml} and the bundled tables live in {@code dev.clearance.regime.read}, which depends on this
 * package and never the reverse (an ArchUnit test keeps it so). The generators of the bundled tables
 * ({@code EarDataGenerator}, {@code ControlListGenerator}) live among core's tests, the only place that runs them.
 */
package dev.clearance.regime;
