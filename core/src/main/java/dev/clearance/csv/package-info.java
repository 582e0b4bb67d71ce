/** Reading and writing RFC 4180 CSV with line numbers kept for error messages. */
package dev.clearance.csv;
