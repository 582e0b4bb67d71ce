package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.determination.TraceStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trace step's effect in the reader's language, worded by its key from the same catalogues the web UI reads
 * ({@code trace.<key>}, each reason by {@code trace.why.<key>}); the values stay as recorded (codes, names, the regime
 * data's own texts). A step or reason without a wording in the catalogue keeps its English effect, so nothing is
 * dropped. English reads exactly as the engine wrote it.
 */
final class TraceWords {
    private final JsonNode messages;

    private TraceWords(JsonNode messages) {
        this.messages = messages;
    }

    /** Each language's catalogue, read once: a book or a batch prints many traces. */
    private static final Map<String, TraceWords> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The words of {@code language}; English answers with each step's effect as written. */
    static TraceWords of(Locale language) {
        return READ.computeIfAbsent(language.getLanguage(), TraceWords::read);
    }

    private static TraceWords read(String lang) {
        Locale language = Locale.forLanguageTag(lang);
        if (language.getLanguage().equals("en")) {
            return new TraceWords(null);
        }
        String resource = "/web/i18n/" + language.getLanguage() + ".json";
        try (InputStream in = TraceWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new TraceWords(null);
            }
            return new TraceWords(new ObjectMapper().readTree(in).path("messages"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the step's effect in this language, or as the engine wrote it when it cannot be worded */
    String effect(TraceStep s) {
        if (messages == null || s.key() == null || !messages.has("trace." + s.key())) {
            return s.effect();
        }
        List<String> reasons = new ArrayList<>();
        for (TraceStep.Part p : s.parts()) {
            if (!messages.has("trace.why." + p.key())) {
                return s.effect();
            }
            reasons.add(fill(messages.path("trace.why." + p.key()).asText(), p.args()));
        }
        String template = messages.path("trace." + s.key()).asText();
        if (!reasons.isEmpty()) {
            // {why} joins the reasons as worded here, not the English that the step's values hold
            template = template.replace("{why}", String.join(messages.path("trace.partsSeparator").asText("; "),
                    reasons));
        }
        return fill(template, s.args());
    }

    private static String fill(String template, Map<String, String> args) {
        String text = template;
        for (Map.Entry<String, String> a : args.entrySet()) {
            text = text.replace("{" + a.getKey() + "}", a.getValue());
        }
        return text;
    }
}
