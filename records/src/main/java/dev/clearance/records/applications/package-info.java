/**
 * Licence applications from filing to decision, with their clock, documents, events and the licence an
 * approval registers.
 */
package dev.clearance.records.applications;
