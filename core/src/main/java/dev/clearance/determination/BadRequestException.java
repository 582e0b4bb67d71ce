package dev.clearance.determination;

/** A request the engine cannot answer, with the field at fault. */
public final class BadRequestException extends RuntimeException {
    private final String field;
    private final String reason;

    /** @param message what is wrong with the field (capped: see {@link dev.clearance.text.Excerpt#message}) */
    public BadRequestException(String field, String message) {
        super(field + ": " + dev.clearance.text.Excerpt.message(message));
        this.field = field;
        this.reason = dev.clearance.text.Excerpt.message(message);
    }

    /** @return what is wrong, without the field's name */
    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
