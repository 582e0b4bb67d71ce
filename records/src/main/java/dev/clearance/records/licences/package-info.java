/**
 * Licences the company holds, the shipments drawn down against them, and the determination each rests on.
 */
package dev.clearance.records.licences;
