package dev.clearance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The report catalogue as the language tests read it (here, and through impact's test jar in the CLI's and the
 * server's): a language's messages, and the English literal pieces a language words differently, which must not
 * show on a page or in a report in that language.
 */
public final class ReportWording {
    /** A message's placeholder, {@code {0}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** A piece worth looking for: five characters or more, with a word of three letters. */
    public static final Predicate<String> A_WORD = p -> p.length() >= 5 && p.matches(".*[A-Za-z]{3,}.*");

    private ReportWording() {
    }

    /**
     * @param suffix {@code ""} for English, {@code "_ja"} or {@code "_ko"}
     * @return the report catalogue of that language
     */
    public static Properties catalogue(String suffix) {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream("report" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * @param lang          {@code ja} or {@code ko}
     * @param worthChecking which pieces are long and wordy enough to look for without false alarms
     * @return the English catalogue's literal pieces (around placeholders) of the messages the language words
     *     differently
     */
    public static List<String> englishPieces(String lang, Predicate<String> worthChecking) {
        Properties en = catalogue("");
        Properties other = catalogue("_" + lang);
        List<String> out = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).equals(other.getProperty(key))) {
                continue;
            }
            for (String piece : PLACEHOLDER.split(en.getProperty(key))) {
                String p = piece.trim();
                if (worthChecking.test(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
