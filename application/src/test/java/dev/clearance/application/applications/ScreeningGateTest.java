package dev.clearance.application.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.application.lists.NoListsException;
import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.OneListedCompany;
import dev.clearance.records.gate.GateStep;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate without HTTP: a party hit by a list entry stops the step with a refusal typed by kind, naming the field
 * of the party and the entry (the server turns it into its 409); a clear party passes; with no list loaded nothing
 * is screened, which is refused rather than read as clear.
 */
class ScreeningGateTest {
    private static Components parts(Path dir, boolean withList) throws Exception {
        Components parts = OneListedCompany.components(dir, "gate");
        if (withList) {
            parts.lists().update("test");
        }
        return parts;
    }

    private static ScreeningGate gate(Components parts) {
        return new ScreeningGate(parts.alerts(), parts.decisions(), parts.lists(), parts.parties(),
                parts.gateOverrides(), parts.gateScreenings());
    }

    @Test
    void aListedConsigneeStopsTheStepWithATypedRefusalNamingFieldAndEntry(@TempDir Path dir) throws Exception {
        try (Components parts = parts(dir, true)) {
            ScreeningGate gate = gate(parts);
            ScreeningGate.Result result = gate.check(GateStep.FILE, List.of(
                    new ScreeningGate.GateParty("endUser", "Acme Widgets Ltd", null),
                    new ScreeningGate.GateParty("consignee", "Eastern Star Trading Company", null)));

            assertThatThrownBy(() -> gate.admit(result, List.of()))
                    .isInstanceOfSatisfying(ScreeningRefusedException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ScreeningRefusedException.Kind.SCREENING_BLOCKED);
                        assertThat(e.code()).isEqualTo("screening_blocked");
                        assertThat(e.field()).isEqualTo("consignee");
                        assertThat(e.refusal().step()).isEqualTo("FILE");
                        assertThat(e.refusal().blocks()).singleElement().satisfies(b -> {
                            assertThat(b.kind()).isEqualTo("SCREENING_HIT");
                            assertThat(b.party()).isEqualTo("Eastern Star Trading Company");
                            assertThat(b.entryId()).contains("o2");
                            // the block names the entry's list as the loaded entry does
                            assertThat(b.list()).isNotNull().isEqualTo(parts.lists().current().entry(b.entryId())
                                    .orElseThrow().list());
                        });
                        assertThat(e.details()).isSameAs(e.refusal());
                    });
        }
    }

    @Test
    void aClearPartyPassesAndNeedsNoOverride(@TempDir Path dir) throws Exception {
        try (Components parts = parts(dir, true)) {
            ScreeningGate gate = gate(parts);
            ScreeningGate.Result result = gate.check(GateStep.REGISTER, List.of(
                    new ScreeningGate.GateParty("consignees[0]", "Acme Widgets Ltd", null)));

            assertThat(gate.admit(result, List.of())).isEmpty();
            assertThatThrownBy(() -> gate.toOverride(GateStep.REGISTER, new ScreeningGate.GateParty("party",
                    "Acme Widgets Ltd", null)))
                    .isInstanceOfSatisfying(ScreeningRefusedException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ScreeningRefusedException.Kind.NOT_BLOCKED);
                        assertThat(e.field()).isEqualTo("party");
                        assertThat(e.screening().blocked()).isFalse();
                    });
        }
    }

    @Test
    void withNoListLoadedNothingIsScreenedAndTheStepIsRefused(@TempDir Path dir) throws Exception {
        try (Components parts = parts(dir, false)) {
            assertThatThrownBy(() -> gate(parts).check(GateStep.FILE, List.of(
                    new ScreeningGate.GateParty("endUser", "Acme Widgets Ltd", null))))
                    .isInstanceOf(NoListsException.class);
        }
    }
}
