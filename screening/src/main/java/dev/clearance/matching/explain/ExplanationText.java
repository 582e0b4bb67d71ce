package dev.clearance.matching.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A hit's explanation in one line in English, Japanese or Korean: the words live in the message catalogue
 * {@code explanation_ja.properties} and {@code explanation_ko.properties} beside this class; names, codes and the
 * qualifiers' details (countries, dates) stay as they are. Another language answers {@link Explanation#render()}.
 */
public final class ExplanationText {
    private static final String BUNDLE = "dev.clearance.matching.explanation";

    private ExplanationText() {
    }

    /** The explanation in one line, in {@code language} (English when no catalogue has it). */
    public static String render(Explanation x, Locale language) {
        String lang = language.getLanguage();
        if (!lang.equals("ja") && !lang.equals("ko")) {
            return x.render();
        }
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String sep = b.getString("separator");
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.2f", x.score())).append(b.getString("colon"));
        List<String> parts = new ArrayList<>();
        for (TokenMatch m : x.tokens()) {
            String how = word(b, "kind." + m.kind().name(), m.kind().name());
            parts.add(m.query() + "→" + m.listed() + " " + how
                    + (m.kind() == MatchKind.EDITS ? b.getString("edits").replace("{0}", Integer.toString(m.edits())) : ""));
        }
        s.append(parts.isEmpty() ? b.getString("noTokens") : String.join(b.getString("comma"), parts));
        if (!x.queryOnly().isEmpty()) {
            s.append(sep).append(b.getString("queryOnly")).append(String.join(" ", x.queryOnly()));
        }
        if (!x.listedOnly().isEmpty()) {
            s.append(sep).append(b.getString("listedOnly")).append(String.join(" ", x.listedOnly()));
        }
        for (Explanation.Qualifier q : x.qualifiers()) {
            s.append(sep).append(word(b, "what." + q.what(), q.what())).append(' ')
                    .append(word(b, "effect." + q.effect().name(), q.effect().name())).append(' ').append(q.detail());
        }
        if (!x.strength().isEmpty()) {
            s.append(sep).append(b.getString("matched")).append(word(b, "strength." + x.strength().replace(' ', '_'),
                    x.strength()));
        }
        return s.toString();
    }

    private static String word(ResourceBundle b, String key, String otherwise) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
