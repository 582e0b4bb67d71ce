/** The export-control regimes as data: control entries, country groups, licence types, rules, each with its source and effective dates. */
package dev.clearance.regime;
