/**
 * Persistence for Clearance: the tamper-evident audit trail, licences, reviewed hits, API keys, list versions and
 * durable batch jobs, on H2 or PostgreSQL through JDBI, Flyway and HikariCP.
 */
package dev.clearance.records;
