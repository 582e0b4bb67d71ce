package dev.clearance.cli;

import dev.clearance.report.ReportText;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|ja|ko} of the commands that write report pages: the page's words in that language (codes, names
 * and the regime data's own texts stay as recorded). Anything else is refused naming the option.
 */
final class LanguageOption {
    @Option(names = "--lang", description = "language of the HTML page: en (default), ja or ko") String lang;

    /** The report words of the language; English without the option. */
    ReportText words() {
        return ReportText.of(locale());
    }

    /** The language as a locale; English without the option. */
    Locale locale() {
        if (lang == null) {
            return Locale.ENGLISH;
        }
        String code = lang.trim().toLowerCase(Locale.ROOT);
        if (!ReportText.LANGUAGES.contains(code)) {
            throw new UserError("--lang: expected en, ja or ko: " + dev.clearance.text.Excerpt.quote(lang));
        }
        return Locale.forLanguageTag(code);
    }
}
