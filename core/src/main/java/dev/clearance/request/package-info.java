/**
 * The export request as each way in gives it: {@link dev.clearance.request.ExportRequestForm} is the one parser and
 * check of its fields, which the CLI, the API and order books call with their own field names
 * ({@link dev.clearance.request.RequestFields}), so the three agree on every rule and name the field as the user
 * wrote it.
 */
package dev.clearance.request;
