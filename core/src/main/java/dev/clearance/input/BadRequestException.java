package dev.clearance.input;

import dev.clearance.text.Excerpt;

/** A request that cannot be answered as given, with the kind of fault and the field at fault. */
public final class BadRequestException extends RuntimeException {
    /** What is wrong with the field. */
    public enum Kind {
        /** The field is required and was not given. */
        MISSING,
        /** The field is given but not of its form, or outside its range. */
        INVALID,
        /** The field names something the data does not know (a country, regime, entry, licence type). */
        UNKNOWN,
        /** The field does not go together with another field of the request. */
        CONFLICT,
        /** The data does not cover what the field asks for (a date before the regime data begins). */
        NOT_COVERED,
        /**
         * The field is well formed but names no one: a party name of legal forms or generic words alone ("GmbH",
         * "Trading Company") is too little to screen on, and would match every company of that form.
         */
        NOTHING_TO_SCREEN
    }

    private final Kind kind;
    private final String field;
    private final String reason;

    /** @param message what is wrong with the field (capped: see {@link Excerpt#message}) */
    public BadRequestException(String field, String message) {
        this(Kind.INVALID, field, message);
    }

    /**
     * @param kind    what is wrong
     * @param field   the field at fault, in the words of the surface it came through
     * @param message what is wrong with the field (capped: see {@link Excerpt#message})
     */
    public BadRequestException(Kind kind, String field, String message) {
        super(field + ": " + Excerpt.message(message));
        this.kind = kind;
        this.field = field;
        this.reason = Excerpt.message(message);
    }

    /** The same refusal naming the field as another surface calls it. */
    public BadRequestException renamed(String name) {
        return new BadRequestException(kind, name, reason);
    }

    /** @return what is wrong, without the field's name */
    public String reason() {
        return reason;
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }

    /** @return what kind of fault it is */
    public Kind kind() {
        return kind;
    }
}
