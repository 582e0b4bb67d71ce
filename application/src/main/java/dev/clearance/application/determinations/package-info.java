/**
 * Licence determinations without HTTP: one export (its end user screened with the officers' confirmed matches, the
 * held licence that covers it), and an order book line by line. Every determination is audited; the answers are the
 * records the API returns.
 */
package dev.clearance.application.determinations;
