package dev.clearance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain core stays plain Java: the CLI, the server and batch jobs all call it. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance");

    @Test
    void coreUsesNoFrameworkDatabaseOrConsole() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "picocli..", "org.jdbi..",
                "java.sql..", "org.flywaydb..", "me.tongfei..", "org.apache.spark..").check(core);
    }

    @Test
    void regimeDataDoesNotDependOnTheEngine() {
        noClasses().that().resideInAPackage("..regime..").should().dependOnClassesThat()
                .resideInAnyPackage("..determination..", "..orders..").check(core);
    }
}
