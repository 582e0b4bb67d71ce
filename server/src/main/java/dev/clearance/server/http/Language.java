package dev.clearance.server.http;

import dev.clearance.determination.AnswerText;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language of a request's human-readable texts (one-line answers, hit explanations, report pages): its
 * {@code lang} parameter when it names en, ja or ko (a report page opened by URL), else the first of English,
 * Japanese and Korean its {@code Accept-Language} names, else English. JSON field names and codes never change.
 */
public final class Language {
    private Language() {
    }

    /** @return en, ja or ko as a locale */
    public static Locale of(Context ctx) {
        // an explicit lang that is none of the three is a 400 naming it, never a silent English page
        String lang = Params.choice(ctx, "lang", null, AnswerText.LANGUAGES);
        if (lang != null) {
            return AnswerText.language(lang);
        }
        return AnswerText.language(ctx.header("Accept-Language"));
    }
}
