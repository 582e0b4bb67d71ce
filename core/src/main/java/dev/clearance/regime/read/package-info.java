/**
 * Internal: the readers of regime data. {@code DataNode} (a strict YAML reader that names the file and path of
 * every error), {@code RegimeLoader} ({@code regimes/*.yaml}), {@code SanctionsLoader}
 * ({@code regimes/sanctions/*.yaml}), and the package-private readers of the applications section, the regions,
 * the US EAR tables and the control-list catalogue.
 *
 * <p>Kept apart from the model ({@code dev.clearance.regime}) so that the model stays plain values that can be
 * built, compared and changed in scenarios without a file, and so that how data is stored can change without
 * touching the code that decides. Other packages use only {@code RegimeData} (the bundled data, read once) and
 * the few entry points that need to validate other files as strictly as regime data: the impact module's
 * scenario reader ({@code DataNode}, {@code RegimeLoader.country}, {@code SanctionsLoader.measure}) and the
 * application module's lists configuration ({@code DataNode}). Everything else here is package-private.
 */
package dev.clearance.regime.read;
