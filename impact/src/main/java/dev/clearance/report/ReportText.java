package dev.clearance.report;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the report pages in English, Japanese or Korean. They live in the message catalogues
 * {@code report.properties}, {@code report_ja.properties} and {@code report_ko.properties} beside this class (legal
 * terms with their sources in the catalogue's comments), so a page framed in a Japanese or Korean web UI reads in
 * that language. {0}, {1}, ... are the values; values that are facts (codes, names, dates, regime texts) are put in
 * as recorded. A language without a catalogue gets English.
 */
public final class ReportText {
    /** The languages with a catalogue. */
    public static final List<String> LANGUAGES = List.of("en", "ja", "ko");
    private static final String BUNDLE = "dev.clearance.report.report";

    private final String language;
    private final ResourceBundle bundle;

    private ReportText(String language) {
        this.language = language;
        // English is the base catalogue: no fallback to the JVM's default locale, which would be a surprise
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The catalogue of {@code language} (its language code counts), English when it has none. */
    public static ReportText of(Locale language) {
        String code = language == null ? "en" : language.getLanguage();
        return new ReportText(LANGUAGES.contains(code) ? code : "en");
    }

    /** English. */
    public static ReportText english() {
        return new ReportText("en");
    }

    /** @return en, ja or ko, for the page's {@code lang} */
    public String language() {
        return language;
    }

    /** The message of {@code key} with {0}, {1}, ... replaced by the values. */
    public String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The message of {@code key} as markup, its values given as markup (see {@link Html#fill}). */
    public String markup(String key, String... values) {
        return Html.fill(bundle.getString(key), values);
    }

    /** yes or no in the language. */
    public String yesNo(boolean yes) {
        return text(yes ? "yes" : "no");
    }
}
