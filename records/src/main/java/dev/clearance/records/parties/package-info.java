/**
 * The partner master: parties by key, their changes (audited), and the screening alerts raised on them.
 */
package dev.clearance.records.parties;
