/**
 * Officers' decisions on screening hits (false positive or confirmed match), bound to fingerprints of both
 * sides, with four-eyes confirmation; the review status of a hit.
 */
package dev.clearance.records.decisions;
