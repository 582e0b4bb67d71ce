package dev.clearance.determination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one-line answer of a determination in English, Japanese or Korean. The words live in the message catalogue
 * {@code answer.properties} (and {@code answer_ja}, {@code answer_ko}) beside this class; licence routes keep their
 * codes, followed by the language's legal name where the catalogue has one (with the source in the catalogue). A
 * language without a catalogue answers in English, exactly as {@link Determination#summary()}.
 */
public final class AnswerText {
    private static final String BUNDLE = "dev.clearance.determination.answer";

    private AnswerText() {
    }

    /** The languages with a catalogue. */
    public static final List<String> LANGUAGES = List.of("en", "ja", "ko");

    /**
     * The language of an {@code Accept-Language} header or a {@code --lang} value: the first of en, ja, ko it names
     * (by preference order as written), else English.
     */
    public static Locale language(String header) {
        if (header != null) {
            for (String part : header.split(",")) {
                String tag = part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
                String primary = tag.split("[-_]", 2)[0];
                if (LANGUAGES.contains(primary)) {
                    return Locale.forLanguageTag(primary);
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The answer in one line, in {@code language}. */
    public static String summary(Determination d, Locale language) {
        if (!LANGUAGES.contains(language.getLanguage()) || language.getLanguage().equals("en")) {
            return d.summary();
        }
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String tail = format(b, "tail", d.jurisdiction(), d.asOf(), text(b, "confidence." + d.confidence().word()));
        if (d.prohibited()) {
            return text(b, "prohibited") + tail;
        }
        if (!d.licenceRequired()) {
            // a regime may word "no licence" its own way (the EAR's NLR): a catalogue entry, not a branch
            String own = optional(b, "notRequired." + d.jurisdiction());
            return (own == null ? text(b, "notRequired") : own) + tail;
        }
        List<String> routes = new ArrayList<>();
        for (String option : d.licenceOptions()) {
            String name = optional(b, "route." + option);
            routes.add(name == null ? option : format(b, "routeNamed", name, option));
        }
        StringBuilder s = new StringBuilder(text(b, d.catchAll() ? "requiredCatchAll" : "required"))
                .append(String.join(" | ", routes));
        if (d.reviewDays() != null) {
            s.append(format(b, "review", d.reviewDays()));
        }
        if (d.documents() != null) {
            s.append(format(b, "documents", d.documents()));
        }
        if (d.filingOffice() != null) {
            s.append(format(b, "fileWith", d.filingOffice()));
        }
        return s.append(tail).toString();
    }

    private static String text(ResourceBundle b, String key) {
        return b.getString(key);
    }

    private static String optional(ResourceBundle b, String key) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        String text = b.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
