/**
 * The screening gate's records: what each step's parties were screened as, and officers' four-eyes overrides.
 */
package dev.clearance.records.gate;
