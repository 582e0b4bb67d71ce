/**
 * The tamper-evident audit trail: records chained by hash, appended in the caller's transaction or by the
 * group writer, listed, filtered and verified. Every other aggregate records its steps here.
 */
package dev.clearance.records.audit;
