/** The command line: {@code bin/clearance determine|screen|regimes|impact|serve|audit ...}. */
package dev.clearance.cli;
