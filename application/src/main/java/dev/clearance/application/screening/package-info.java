/**
 * One party screened against the loaded lists with the officers' standing decisions applied: the one place single
 * screenings and batch jobs take their hits, review states, block and outcome from.
 */
package dev.clearance.application.screening;
