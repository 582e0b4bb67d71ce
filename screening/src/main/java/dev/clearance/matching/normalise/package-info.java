/**
 * Screening stage "normalise": a written name read into tokens (scripts, transliterations, romanisations, legal
 * forms, name variants, initials) and a query read into the names and identifiers it stands for, with the data
 * tables these rest on beside the classes. Depends only on {@code explain}.
 */
package dev.clearance.matching.normalise;
