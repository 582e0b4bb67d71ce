/**
 * Screening stage "score": two normalised names compared (token weights and the lists' word statistics, alignment,
 * coverage, pair rules, East Asian given names, what is too little to screen on). Depends on {@code normalise} and
 * {@code explain}.
 */
package dev.clearance.matching.score;
