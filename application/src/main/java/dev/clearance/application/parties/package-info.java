/**
 * The partner master in the service: parties read from CSV, screened when they change, and re-screened by delta when
 * a list changes (the partners indexed, the new and changed entries as queries).
 */
package dev.clearance.application.parties;
