/**
 * The collaborators the HTTP services are built from (engines, records, list catalogue, batch runner), in one
 * place of their own so that {@code server.api} depends on it without depending on the package that starts the
 * server: the packages of the server form no cycle.
 */
package dev.clearance.server.services;
