/** The REST services, one per area, each mapping its routes to private handlers that adapt HTTP to the engines and records. */
package dev.clearance.server.api;
