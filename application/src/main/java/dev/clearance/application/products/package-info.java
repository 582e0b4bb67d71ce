/**
 * The product master's application logic (issue 21), shared by the server and the CLI and knowing neither: products
 * read and checked as the classifier reads them, the classifier's proposals per regime, the re-check of every product
 * when the control-list corpus or a regime's data changes (differences flagged for officers, approved classifications
 * never changed), CSV import and export, and the approved classification an export request or order book naming a
 * product uses.
 */
package dev.clearance.application.products;
