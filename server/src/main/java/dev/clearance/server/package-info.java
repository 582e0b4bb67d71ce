/** The Clearance HTTP server: wiring of the services, startup with the embedded or a PostgreSQL database. */
package dev.clearance.server;
