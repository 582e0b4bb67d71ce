/**
 * The product master's application logic and routes (issue 21): products read and checked as the classifier reads
 * them, the classifier's proposals per regime, the re-check of every product when the control-list corpus or a
 * regime's data changes (differences flagged for officers, approved classifications never changed), CSV import and
 * export, the approved classification an export request naming a product uses, and {@code /api/products}.
 */
package dev.clearance.server.products;
