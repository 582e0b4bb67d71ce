/**
 * Leases that let one server of a cluster do a piece of work at a time; a lost lease stops the holder.
 */
package dev.clearance.records.cluster;
