/** Measures the matcher against the shared public benchmark suites (labelled pairs, list positives and negatives). */
package dev.clearance.evaluation;
