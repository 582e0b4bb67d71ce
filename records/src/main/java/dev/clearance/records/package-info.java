/**
 * Persistence for Clearance on H2 or PostgreSQL through JDBI, Flyway and HikariCP: the database and the helpers every
 * aggregate uses (SQL values, names, canonical hashes, pages, the typed refusal). Each aggregate has its package:
 * {@code audit}, {@code access}, {@code lists}, {@code batch}, {@code cluster}, {@code gate}, {@code decisions},
 * {@code parties}, {@code licences}, {@code applications}; this package depends on none of them.
 */
package dev.clearance.records;
