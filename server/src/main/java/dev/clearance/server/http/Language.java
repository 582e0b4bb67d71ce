package dev.clearance.server.http;

import dev.clearance.determination.AnswerText;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language of a request's human-readable texts (one-line answers, hit explanations): the first of English,
 * Japanese and Korean its {@code Accept-Language} names, else English. JSON field names and codes never change.
 */
public final class Language {
    private Language() {
    }

    /** @return en, ja or ko as a locale */
    public static Locale of(Context ctx) {
        return AnswerText.language(ctx.header("Accept-Language"));
    }
}
