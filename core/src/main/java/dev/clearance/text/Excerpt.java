package dev.clearance.text;

/**
 * A user's value as quoted in an error message: at most {@value #LIMIT} characters, so a 5 MB field is never
 * echoed whole into a log line or a response.
 */
public final class Excerpt {
    /** Longest part of a value an error message quotes. */
    public static final int LIMIT = 200;

    private Excerpt() {
    }

    /**
     * @return {@code 'value'}, or {@code 'first 200 characters…' (N characters)} when longer; {@code ''} for null
     */
    public static String quote(String value) {
        return "'" + clip(value) + "'" + (value != null && value.length() > LIMIT
                ? " (" + value.length() + " characters)" : "");
    }

    /** @return the value cut to {@value #LIMIT} characters (an ellipsis marks the cut; a surrogate pair is kept whole) */
    public static String clip(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= LIMIT) {
            return value;
        }
        int end = LIMIT;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /**
     * A whole message made safe to show: messages built by older code may embed a value; this caps them at
     * {@code 5 × LIMIT} characters.
     */
    public static String message(String message) {
        if (message == null || message.length() <= 5 * LIMIT) {
            return message;
        }
        int end = 5 * LIMIT;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "… (message cut at " + end + " of " + message.length() + " characters)";
    }
}
