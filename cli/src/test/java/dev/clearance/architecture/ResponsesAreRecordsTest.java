package dev.clearance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Responses are records serialised by Jackson, one per resource, not maps built by hand: a {@code put("field", ...)}
 * or a {@code Map.of("field", ...)} in the code that answers (the server's routes and errors, the partner master's
 * JSON, the determination, match and impact contracts the CLI prints) fails here. What could not be converted yet is
 * listed in {@link #ALLOWED} with how many such calls it keeps and why; a file that keeps fewer fails too, so the list
 * only shrinks.
 */
class ResponsesAreRecordsTest {
    private static final Path ROOT = Path.of("..");

    /** Folders and files whose JSON is built from records. */
    private static final List<String> SCOPE = List.of(
            "server/src/main/java/dev/clearance/server/api",
            "server/src/main/java/dev/clearance/server/http",
            "server/src/main/java/dev/clearance/server/parties/PartyJson.java",
            "application/src/main/java/dev/clearance/application/applications",
            "application/src/main/java/dev/clearance/application/screening",
            "application/src/main/java/dev/clearance/application/decisions",
            "core/src/main/java/dev/clearance/determination",
            "screening/src/main/java/dev/clearance/matching",
            "impact/src/main/java/dev/clearance/impact",
            "cli/src/main/java/dev/clearance/cli");

    /** Files in scope that still call {@code put("...")} or {@code Map.of("...")}, with how many calls and why. */
    private static final Map<String, Integer> ALLOWED = Map.of(
            // the security headers every response carries: a constant table of header names, not a body
            "server/src/main/java/dev/clearance/server/http/SecurityHeaders.java", 1);

    /** A {@code put} whose first argument is a path ({@code "/api/..."}) registers a PUT route: not a map. */
    private static final Pattern MAP_BUILDING = Pattern.compile("\\b(?:put|Map\\s*\\.\\s*of)\\(\\s*\"(?!/)");

    @Test
    void responseCodeBuildsNoMapsByHand() throws IOException {
        Assumptions.assumeTrue(Files.exists(ROOT.resolve("server/src/main/java")),
                "module sources not beside the tests: skipping");
        List<Path> sources = new ArrayList<>();
        for (String s : SCOPE) {
            Path p = ROOT.resolve(s);
            assertThat(p).as("a path the check covers moved: update SCOPE").exists();
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        Map<String, Integer> found = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Path f : sources) {
            String name = ROOT.relativize(f).toString().replace('\\', '/');
            List<String> calls = calls(Files.readString(f));
            if (!calls.isEmpty()) {
                found.put(name, calls.size());
                calls.forEach(c -> lines.add(name + ": " + c));
            }
        }
        assertThat(found).as("maps built by hand in response code (make a record; or list it in ALLOWED with why):"
                + "\n" + String.join("\n", lines)).isEqualTo(new TreeMap<>(ALLOWED));
    }

    @Test
    void theCheckFindsBothForms() {
        assertThat(calls("m.put(\"id\", a.id());")).hasSize(1);
        assertThat(calls("return Map.of(\"keys\", out);")).hasSize(1);
        assertThat(calls("Map . of( \"a\", 1)")).hasSize(1);
        assertThat(calls("counts.put(st.name(), 0L); return new View(a.id());")).isEmpty();
        assertThat(calls("m.putAll(other); map.computeIfAbsent(\"k\", f);")).isEmpty();
        assertThat(calls("r.put(\"/api/parties/{key}\", Role.OFFICER, this::update);")).isEmpty();
    }

    private static List<String> calls(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MAP_BUILDING.matcher(text);
        while (m.find()) {
            int end = text.indexOf('\n', m.start());
            out.add(text.substring(m.start(), end < 0 ? text.length() : end).strip());
        }
        return out;
    }
}
