package dev.clearance.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Places that company names carry as a qualifier ("(Hong Kong)", "(HK)", "Shenzhen"): country names and codes
 * ({@link CountryCodes}) and the sub-national places of the resource {@code place-qualifiers.txt} (with its
 * sources). A place says where a company sits, not who it is: loaders never split a parenthetical place off as an
 * alias, and screening weighs it little.
 */
public final class Places {
    private static final List<List<String>> GROUPS = read();
    private static final Set<String> KEYS = Set.copyOf(GROUPS.stream().flatMap(List::stream).map(Places::key).toList());

    private Places() {
    }

    /** The sub-national places of the table, each with its spellings (the first is the place's name). */
    public static List<List<String>> all() {
        return GROUPS;
    }

    /** Whether the text is only a place: a country name or code, or a place of the table. */
    public static boolean isPlace(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return KEYS.contains(key(text)) || CountryCodes.toAlpha2(text.strip()) != null;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    private static List<List<String>> read() {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream("place-qualifiers.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: place-qualifiers.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(List.of(line.strip().split("\\s*\\|\\s*")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
