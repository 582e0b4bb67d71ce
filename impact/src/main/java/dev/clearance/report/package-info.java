/** Self-contained HTML views (inline CSS and SVG, no scripts) of impacts, comparisons and timelines, shared by the CLI and the web server. */
package dev.clearance.report;
