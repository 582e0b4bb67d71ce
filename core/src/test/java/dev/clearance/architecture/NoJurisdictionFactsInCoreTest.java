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
 * No string in core's Java names a jurisdiction's facts: a regime's code, its wording ("NLR", "EAR99"), its
 * offices, instruments, day counts or sources live in its data (regimes/*.yaml). Comments may name them as
 * examples. Every file of core is guarded: one naming such a fact fails the test.
 */
class NoJurisdictionFactsInCoreTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern FACT = Pattern.compile("^\"(US|JP|KR|EU|DE|CN|GB)\"$|NLR|EAR99|METI|MOTIE|Public Notice"
            + "|about 90 days|Yestrade|SNAP-R|BIS\\b|samuraishopper|amenews|sisajournal|Ga-[12]|\"[DE]:[1-5]\"|CFR"
            + "|Regulation \\(EU\\)|Civil Petitions|competent authority");

    @Test
    void noJavaStringInCoreNamesAJurisdictionsFacts() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SOURCES), "sources not beside the tests: skipping");
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("ApplicationTerms.java", "Determination.java", "ExportRequestForm.java", "OrderReader.java");
        for (Path f : files) {
            Matcher m = LITERAL.matcher(withoutComments(Files.readString(f)));
            while (m.find()) {
                if (FACT.matcher(m.group()).find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).as("strings naming a jurisdiction's facts (move them into the regime's data)").isEmpty();
    }

    @Test
    void theCheckFindsAFactInAString() {
        String java = "class A { String s = \"NLR: no licence required\"; /* \"US\" in a comment */ }";
        Matcher m = LITERAL.matcher(withoutComments(java));
        assertThat(m.find()).isTrue();
        assertThat(FACT.matcher(m.group()).find()).isTrue();
        assertThat(m.find()).isFalse();
        assertThat(FACT.matcher("\"US\"").find()).isTrue();
        assertThat(FACT.matcher("\"USD\"").find()).isFalse();
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
