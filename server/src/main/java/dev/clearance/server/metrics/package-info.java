/**
 * What operators watch: the Prometheus metrics at {@code /metrics} (requests per route, screenings and
 * determinations per outcome, lists, the audit writer, batch jobs, the JVM), the load balancer's health routes, and
 * the request id that follows a request from the logs into its audit records.
 */
package dev.clearance.server.metrics;
