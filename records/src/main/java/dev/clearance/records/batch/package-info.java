/**
 * Durable batch screening jobs: the stored input, claims and leases across servers, and committed row results.
 */
package dev.clearance.records.batch;
