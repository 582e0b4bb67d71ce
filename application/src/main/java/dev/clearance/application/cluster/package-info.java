/**
 * Several servers on one PostgreSQL: who this server is, and how work that one server at a time must do (fetching
 * list updates, running a batch job) is held by a lease that lapses when its holder dies. H2 is single-server.
 */
package dev.clearance.application.cluster;
