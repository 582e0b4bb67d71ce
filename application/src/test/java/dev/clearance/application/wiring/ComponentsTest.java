package dev.clearance.application.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.ListLoad;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.parties.NewParty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's parts work without any HTTP layer, as the CLI's {@code lists update} uses them: a list is
 * loaded and audited, and the partner master is re-screened on the change (the listener the wiring joins).
 */
class ComponentsTest {
    @Test
    void aListUpdateLoadsAuditsAndReScreensThePartnerMasterWithoutAServer(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "components_update")) {
            parts.parties().save(List.of(new NewParty("K-EAST", "Eastern Star Trading Company", List.of(), "KP",
                    "organization", null, List.of(), null)),
                    changes -> AuditRecord.draft("test", "PARTIES_IMPORTED", "{}", "{}"));

            ListCatalogue.Report report = parts.lists().update("cli:test");

            assertThat(report.refused()).isEmpty();
            assertThat(report.lists()).singleElement().isInstanceOf(ListLoad.Loaded.class)
                    .extracting(ListLoad::outcome).isEqualTo("loaded");
            assertThat(parts.lists().current().entryCount()).isEqualTo(1);
            assertThat(parts.audit().verify().ok()).isTrue();
            assertThat(parts.alerts().activeFor("K-EAST")).as("re-screened on the list change").hasSize(1);
            int loads = parts.database().jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from audit_record where action = :a").bind("a", AuditAction.LIST_LOADED.name())
                    .mapTo(Integer.class).one());
            assertThat(loads).isEqualTo(1);
        }
    }

    @Test
    void optionsAreFixedAndChecked() {
        ApplicationOptions o = new ApplicationOptions(null, false, Duration.ofSeconds(5), Map.of("A", "b"));
        assertThat(o.withFourEyes(true).fourEyes()).isTrue();
        assertThat(o.withListenerRetry(Duration.ofMillis(500)).listenerRetry()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.fourEyes()).isFalse();
        assertThatThrownBy(() -> o.withListenerRetry(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Components(OneListedCompany.database("components_bad_env"), new ApplicationOptions(null, false,
                Duration.ofMinutes(1), Map.of("CLEARANCE_LEASE_SECONDS", "0")), () -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLEARANCE_LEASE_SECONDS");
    }
}
