package dev.clearance.matching;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The matching packages by stage: explain at the bottom, then normalise, score and index, and the screeners on top;
 * no stage depends on a later one or on the screeners, and the packages have no cycle.
 */
class MatchingStagesArchitectureTest {
    private static final JavaClasses MATCHING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance.matching");

    @Test
    void stagesAreLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("screeners").definedBy("dev.clearance.matching")
                .layer("index").definedBy("dev.clearance.matching.index..")
                .layer("score").definedBy("dev.clearance.matching.score..")
                .layer("normalise").definedBy("dev.clearance.matching.normalise..")
                .layer("explain").definedBy("dev.clearance.matching.explain..")
                .whereLayer("screeners").mayNotBeAccessedByAnyLayer()
                .whereLayer("index").mayOnlyBeAccessedByLayers("screeners")
                .whereLayer("score").mayOnlyBeAccessedByLayers("screeners", "index")
                .whereLayer("normalise").mayOnlyBeAccessedByLayers("screeners", "index", "score")
                .whereLayer("explain").mayOnlyBeAccessedByLayers("screeners", "index", "score", "normalise")
                .check(MATCHING);
    }

    @Test
    void matchingPackagesHaveNoCycle() {
        slices().matching("dev.clearance.matching.(**)").should().beFreeOfCycles().check(MATCHING);
    }
}
