/**
 * Screening list versions: what was loaded (label, checksum, entries), the archived files, and refused loads.
 */
package dev.clearance.records.lists;
