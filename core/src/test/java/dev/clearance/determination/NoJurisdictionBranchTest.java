package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine and its evaluations read the regime data; none asks which jurisdiction it is. The de minimis
 * rule (DeMinimis), which is the EAR's by definition, and the answer's wording (Determination) are not
 * evaluations and are left out.
 */
class NoJurisdictionBranchTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/clearance/determination");
    private static final Pattern BRANCH = Pattern.compile("\"(US|JP|KR|EU|DE|CN)\"|\\.ear\\(\\)|jurisdiction\\(\\)\\.equals");
    private static final List<String> NOT_EVALUATIONS = List.of("DeMinimis.java", "Determination.java");

    @Test
    void noEvaluationBranchesOnAJurisdiction() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SOURCES), "sources not beside the tests: skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !NOT_EVALUATIONS.contains(p.getFileName().toString())).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("DeterminationEngine.java",
                "ListControlEvaluation.java", "LicenceEvaluation.java", "EndUserEvaluation.java");
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(BRANCH.matcher(text).find()).as(f.getFileName() + " names a jurisdiction").isFalse();
        }
    }
}
