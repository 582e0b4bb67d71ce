/** Order books: CSV files of export order lines, read into export requests with their line numbers. */
package dev.clearance.orders;
