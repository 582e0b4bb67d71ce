package dev.clearance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI's commands work on the application module (lists, parties, audit, the database opened through
 * {@code application.wiring.Databases}); only {@code serve} starts the HTTP server. So a command that updates lists
 * or verifies the audit chain never needs the server's classes.
 * The product master's review and import live in {@code application.products} for the same reason.
 */
class OnlyServeNeedsTheServerTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance.cli");

    @Test
    void onlyTheServeCommandDependsOnTheServer() {
        noClasses().that().resideInAPackage("dev.clearance.cli..")
                .and().doNotHaveFullyQualifiedName("dev.clearance.cli.ServeCommand")
                .should().dependOnClassesThat().resideInAPackage("dev.clearance.server..")
                .check(CLI);
    }

    @Test
    void theServeCommandDoesStartTheServer() {
        // the rule above must see a real dependency where one is allowed, or it proves nothing
        classes().that().haveFullyQualifiedName("dev.clearance.cli.ServeCommand").should()
                .dependOnClassesThat().resideInAPackage("dev.clearance.server").check(CLI);
    }
}
