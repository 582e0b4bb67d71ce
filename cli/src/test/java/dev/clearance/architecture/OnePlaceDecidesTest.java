package dev.clearance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.parties.PartyAlerts;
import org.junit.jupiter.api.Test;

/**
 * An officer's decision on a hit, its confirmation and the partner-master alert that follows are stored in one place,
 * {@code application.decisions}. The server's routes ask it; no other class the CLI's classpath holds (server, CLI,
 * batch runs, every module but spark and benchmarks, which hold no decision) stores one, so the checks that keep a
 * decision on its own party, and its audit record, cannot be skipped by another way in.
 */
class OnePlaceDecidesTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clearance");
    private static final String DESK = "dev.clearance.application.decisions..";

    /** A call that stores a decision, confirms one, or moves an alert by a decision. */
    private static final DescribedPredicate<JavaMethodCall> DECIDING = new DescribedPredicate<>(
            "a call of HitDecisions.decide/confirm or PartyAlerts.decide") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals(HitDecisions.class.getName()) && (name.equals("decide") || name.equals("confirm"))
                    || owner.equals(PartyAlerts.class.getName()) && name.equals("decide");
        }
    };

    @Test
    void onlyTheDecisionDeskDecides() {
        noClasses().that().resideOutsideOfPackages(DESK, "dev.clearance.records..")
                .should().callMethodWhere(DECIDING).check(ALL);
    }

    @Test
    void theDeskDoesDecide() {
        // the rule above must see the calls where they are allowed, or it proves nothing
        assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("dev.clearance.application.decisions"))
                .flatMap(c -> c.getMethodCallsFromSelf().stream()).filter(DECIDING::test).count())
                .as("calls of decide/confirm in application.decisions").isEqualTo(3);
    }
}
