/**
 * API keys, the roles they carry (viewer < requester < officer < admin), the principal a request acts as, and
 * throttled authentication failures.
 */
package dev.clearance.records.access;
