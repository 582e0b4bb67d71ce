package dev.clearance.application.applications;

/**
 * The details of a refusal naming the input field at fault.
 *
 * @param field the field
 */
public record FieldRefusal(String field) {
}
