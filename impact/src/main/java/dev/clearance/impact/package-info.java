/** What a change does: a regime change or a what-if scenario applied to a whole order book, regime diffs, comparisons and timelines. */
package dev.clearance.impact;
