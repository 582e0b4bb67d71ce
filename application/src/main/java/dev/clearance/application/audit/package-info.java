/** Writes the server's actions to the tamper-evident audit trail with who did them and which data versions were used. */
package dev.clearance.application.audit;
