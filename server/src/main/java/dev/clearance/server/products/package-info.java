/**
 * The product master's routes (issue 21), {@code /api/products} and {@code /api/product-master}, and the answers they
 * send; the product master's logic (classifier proposals, re-check, CSV import and export) is the application's
 * ({@code dev.clearance.application.products}).
 */
package dev.clearance.server.products;
