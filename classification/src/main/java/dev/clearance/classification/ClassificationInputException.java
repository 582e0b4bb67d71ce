package dev.clearance.classification;

/** A classification request Clearance cannot read, with the kind of fault and the field at fault. */
public final class ClassificationInputException extends RuntimeException {
    /** What is wrong. */
    public enum Kind { EMPTY, BAD_PARAMETER, UNKNOWN_UNIT, BAD_CAS, TOO_LONG }

    private final Kind kind;
    private final String field;
    private final String reason;

    public ClassificationInputException(Kind kind, String field, String message) {
        super(field + ": " + message);
        this.kind = kind;
        this.field = field;
        this.reason = message;
    }

    /** What is wrong, without the field's name. */
    public String reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    /** A short piece of what was given, for messages: never the whole input. */
    static String quote(String s) {
        String t = s == null ? "" : s.strip();
        return "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
    }
}
