/**
 * The export-control regimes as data: control entries, country groups, licence types, rules, each with its source
 * and effective dates; and the sanctions measures layered over them ({@code regimes/sanctions/*.yaml}).
 */
package dev.clearance.regime;
