/**
 * Structured logs: with {@code --log-format json} (or {@code CLEARANCE_LOG_FORMAT=json}) every log line is one JSON
 * object carrying the request id of the request it was logged for; plain text otherwise.
 */
package dev.clearance.server.logging;
