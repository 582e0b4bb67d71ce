/** The partner master's JSON shapes as the API shows parties, changes and alerts. */
package dev.clearance.server.parties;
