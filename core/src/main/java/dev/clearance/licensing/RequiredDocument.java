package dev.clearance.licensing;

/**
 * One document of an application's checklist.
 *
 * @param name   what the document is, as the sources name it, or a placeholder saying the sources do not
 * @param status CONFIRMED when a source names it, CHECK when the name or the requirement is not confirmed
 * @param source where the requirement comes from
 */
public record RequiredDocument(String name, String status, String source) {
}
