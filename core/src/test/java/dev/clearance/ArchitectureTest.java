package dev.clearance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The domain core stays plain Java: the CLI, the server and batch jobs all call it. Its packages form no cycle, and
 * the regime model knows nothing of the internal readers that build it from data.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance");
    /** The model's own package only (not {@code regime.read}): its classes must not reach the readers. */
    private static final ArchRule MODEL_KNOWS_NO_READER = noClasses().that().resideInAPackage("dev.clearance.regime")
            .should().dependOnClassesThat().resideInAPackage("dev.clearance.regime.read..")
            .because("the readers build the model from data; the model is plain values (regime.read/package-info)");

    @Test
    void coreUsesNoFrameworkDatabaseOrConsole() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "picocli..", "org.jdbi..",
                "java.sql..", "org.flywaydb..", "me.tongfei..", "org.apache.spark..").check(CORE);
    }

    @Test
    void regimeDataDoesNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("..regime..").should().dependOnClassesThat()
                .resideInAnyPackage("..determination..", "..orders..").check(CORE);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("dev.clearance.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void regimeModelDoesNotDependOnItsReaders() {
        MODEL_KNOWS_NO_READER.check(CORE);
    }

    @Test
    void theModelRuleCatchesAModelClassThatReadsData() {
        // The model package's tests load the bundled regimes through regime.read, which the rule forbids for the
        // model's own classes: checked against them, it must fail, so the rule above is not vacuous.
        JavaClasses modelTests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("dev.clearance.regime");
        assertThatThrownBy(() -> MODEL_KNOWS_NO_READER.check(modelTests)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("RegimeData");
    }
}
