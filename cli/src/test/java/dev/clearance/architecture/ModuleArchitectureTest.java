package dev.clearance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The whole code base as the CLI sees it (every module but spark and benchmarks): no package depends on itself
 * through others, and each module uses only the modules its pom names, so the layering holds in the code too. The
 * application module sits between the domain modules and the server and CLI: the server uses it, never the reverse.
 */
class ModuleArchitectureTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance");

    @Test
    void noPackageCycleAnywhere() {
        slices().matching("dev.clearance.(**)").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void modulesKeepTheirLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("dev.clearance.csv..", "dev.clearance.determination..",
                        "dev.clearance.input..", "dev.clearance.licensing..", "dev.clearance.orders..",
                        "dev.clearance.regime..", "dev.clearance.request..", "dev.clearance.text..")
                .layer("impact").definedBy("dev.clearance.impact..", "dev.clearance.report..")
                .layer("lists").definedBy("dev.clearance.lists..")
                .layer("screening").definedBy("dev.clearance.matching..", "dev.clearance.evaluation..")
                .layer("records").definedBy("dev.clearance.records..")
                .layer("application").definedBy("dev.clearance.application..")
                .layer("server").definedBy("dev.clearance.server..")
                .layer("cli").definedBy("dev.clearance.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("application").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("impact").mayOnlyBeAccessedByLayers("application", "server", "cli")
                .whereLayer("records").mayOnlyBeAccessedByLayers("application", "server", "cli")
                .whereLayer("screening").mayOnlyBeAccessedByLayers("application", "server", "cli")
                .whereLayer("lists").mayOnlyBeAccessedByLayers("screening", "application", "server", "cli")
                .whereLayer("core").mayOnlyBeAccessedByLayers("impact", "lists", "screening", "records",
                        "application", "server", "cli")
                .check(ALL);
    }

    @Test
    void theServerDependsOnTheApplicationNeverTheReverse() {
        noClasses().that().resideInAPackage("dev.clearance.application..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.clearance.server..", "dev.clearance.cli..", "io.javalin..").check(ALL);
        // and the dependency is real: the server's services run on the application's parts
        assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("dev.clearance.server"))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("dev.clearance.application.")))
                .as("server classes use the application module").isTrue();
    }

    @Test
    void theApplicationsPackagesFormNoCycle() {
        slices().matching("dev.clearance.application.(*)..").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void theServersPackagesFormNoCycle() {
        slices().matching("dev.clearance.server.(*)..").should().beFreeOfCycles().check(ALL);
    }
}
