/**
 * Officers' decisions on screening hits without HTTP: a decision bound to the party (its key in the partner master,
 * or its full record) and to the list entry's data as they are now, its four-eyes confirmation, and the partner
 * master's alert that follows it. Every decision is audited in the transaction that stores it.
 */
package dev.clearance.application.decisions;
