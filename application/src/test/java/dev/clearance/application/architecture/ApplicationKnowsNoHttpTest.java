package dev.clearance.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The application module serves the HTTP server and the CLI alike, so it knows neither: no Javalin, servlet or Jetty
 * type, nothing of the server's packages; and its packages form no cycle. (Fetching a list from its URL with the
 * JDK's HTTP client is the application's own outbound work, not the HTTP layer.)
 */
class ApplicationKnowsNoHttpTest {
    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance.application");

    @Test
    void noHttpServerTypeInTheApplication() {
        noClasses().that().resideInAPackage("dev.clearance.application..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "javax.servlet..", "org.eclipse.jetty..")
                .check(APPLICATION);
    }

    @Test
    void theApplicationNeverUsesTheServer() {
        noClasses().that().resideInAPackage("dev.clearance.application..").should().dependOnClassesThat()
                .resideInAPackage("dev.clearance.server..").check(APPLICATION);
    }

    @Test
    void theApplicationsPackagesFormNoCycle() {
        slices().matching("dev.clearance.application.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }
}
