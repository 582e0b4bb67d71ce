/**
 * Refused input: {@link dev.clearance.input.BadRequestException} carries the kind of fault and the field at fault,
 * so every way in (CLI, CSV, HTTP) names the place in its own words without reading a message. It depends on
 * nothing but the text helpers, so every module can throw it.
 */
package dev.clearance.input;
