package dev.clearance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No code decides anything by reading an exception's message: errors are types carrying their kind and field
 * ({@code BadRequestException.kind()}, {@code StartupException.kind()}, {@code CsvException.reason()}, SQL error
 * codes). A message is for people; its words change without notice (H2's, for one).
 */
class NoDecisionOnMessagesTest {
    private static final Path ROOT = Path.of("..");
    private static final String TESTS = "contains|startsWith|endsWith|equals|equalsIgnoreCase|matches|indexOf"
            + "|lastIndexOf|substring|regionMatches";
    private static final Pattern DIRECT = Pattern.compile("get(?:Localized)?Message\\(\\)\\s*\\.\\s*(?:" + TESTS
            + ")\\(");
    private static final Pattern ASSIGNED = Pattern.compile("(\\w+)\\s*=\\s*[\\w.()]*get(?:Localized)?Message\\(\\)\\s*;");

    @Test
    void noSourceReadsAMessageToDecide() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path m : modules.toList()) {
                Path main = m.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> s = Files.walk(main)) {
                        s.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                    }
                }
            }
        }
        Assumptions.assumeTrue(sources.size() > 100, "module sources not beside the tests: skipping");
        List<String> found = new ArrayList<>();
        for (Path f : sources) {
            found.addAll(readers(f.getFileName().toString(), Files.readString(f)));
        }
        assertThat(found).as("code deciding on an exception's message (give the exception a kind or field)")
                .isEmpty();
    }

    @Test
    void theCheckFindsBothForms() {
        assertThat(readers("A.java", "if (e.getMessage().contains(\"in use\")) {}")).hasSize(1);
        assertThat(readers("B.java", "String m = e.getMessage();\n if (m.startsWith(p)) {}")).hasSize(1);
        assertThat(readers("C.java", "String m = e.getMessage();\n out.println(m);")).isEmpty();
        assertThat(readers("D.java", "return t.getMessage().split(\"\\n\", 2)[0];")).isEmpty();
    }

    private static List<String> readers(String file, String text) {
        List<String> found = new ArrayList<>();
        Matcher direct = DIRECT.matcher(text);
        while (direct.find()) {
            found.add(file + ": " + direct.group());
        }
        Matcher assigned = ASSIGNED.matcher(text);
        while (assigned.find()) {
            Pattern use = Pattern.compile("\\b" + Pattern.quote(assigned.group(1)) + "\\s*\\.\\s*(?:" + TESTS + ")\\(");
            Matcher u = use.matcher(text);
            if (u.find(assigned.end())) {
                found.add(file + ": " + assigned.group() + " ... " + u.group());
            }
        }
        return found;
    }
}
