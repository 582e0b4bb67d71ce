package dev.clearance.server.api;

import dev.clearance.application.lists.ListCatalogue;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screening caveats of an answer ({@code listWarnings}) in the request's language. The words live in the message
 * catalogues {@code warnings.properties} (and {@code _ja}, {@code _ko}) beside this class; list names, version labels
 * and times are put in as recorded. English is the catalogue's own wording of {@link ListCatalogue.CaveatWords#ENGLISH}.
 */
final class ListWarnings implements ListCatalogue.CaveatWords {
    private static final String BUNDLE = "dev.clearance.server.api.warnings";
    private final ResourceBundle bundle;

    private ListWarnings(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The wording of {@code language}: English (as the API has always answered) unless it is ja or ko. */
    static ListCatalogue.CaveatWords in(Locale language) {
        String code = language.getLanguage();
        if (!code.equals("ja") && !code.equals("ko")) {
            return ListCatalogue.CaveatWords.ENGLISH;
        }
        return new ListWarnings(ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    @Override
    public String refused(String list, String version) {
        return text("refused", list, version);
    }

    @Override
    public String stale(String list, String version, Instant confirmedAt) {
        return text("stale", list, version, confirmedAt);
    }

    private String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }
}
