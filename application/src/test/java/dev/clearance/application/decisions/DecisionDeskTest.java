package dev.clearance.application.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.application.screening.Party;
import dev.clearance.application.wiring.ApplicationOptions;
import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.OneListedCompany;
import dev.clearance.input.BadRequestException;
import dev.clearance.lists.EntityType;
import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.records.parties.NewParty;
import dev.clearance.records.parties.PartyAlert;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions on hits without HTTP: the partner master's alert follows a decision on its party, a retried request gets
 * the first decision, four eyes hold a false positive open until a second officer confirms it, and a decision that
 * could land on another party (or on no loaded entry) is refused, typed, naming the field.
 */
class DecisionDeskTest {
    private static final Principal ANNA = new Principal("anna", Role.OFFICER);
    private static final Principal BEN = new Principal("ben", Role.OFFICER);
    private static final Party EAST = new Party("K-EAST", "Eastern Star Trading Company", "KP",
            EntityType.ORGANIZATION, null, List.of());

    /** The parts with the partner master's K-EAST alerted on the one listed company. */
    private static Components alerted(Path dir, boolean fourEyes) throws Exception {
        Components parts = OneListedCompany.components("decisions",
                ApplicationOptions.of(OneListedCompany.listsFile(dir)).withFourEyes(fourEyes));
        parts.parties().save(List.of(new NewParty("K-EAST", "Eastern Star Trading Company", List.of(), "KP",
                "organization", null, List.of(), null)), changes -> AuditRecord.draft("test", "PARTIES_IMPORTED",
                "{}", "{}"));
        parts.lists().update("test");
        return parts;
    }

    private static DecisionDesk desk(Components parts) {
        return new DecisionDesk(parts.alerts(), parts.decisions(), parts.lists(), parts.recorder(), parts.parties());
    }

    private static PartyAlert alert(Components parts) {
        assertThat(parts.alerts().activeFor("K-EAST")).as("the list update raised the alert").hasSize(1);
        return parts.alerts().activeFor("K-EAST").get(0);
    }

    @Test
    void aConfirmedMatchMovesThePartysAlertAndARetryGetsTheFirstDecision(@TempDir Path dir) throws Exception {
        try (Components parts = alerted(dir, false)) {
            PartyAlert open = alert(parts);
            DecisionRequest request = new DecisionRequest(DecisionKind.CONFIRMED_MATCH, "same company",
                    open.entryId(), EAST);

            DecisionAnswer first = desk(parts).decide(request, ANNA, "req-1", "the body");
            DecisionAnswer retried = desk(parts).decide(request, ANNA, "req-1", "the body");

            assertThat(first.alertId()).isEqualTo(open.id());
            assertThat(first.auditSeq()).isNotNull();
            assertThat(first.replayed()).isNull();
            assertThat(first.party().partyKey()).isEqualTo("K-EAST");
            assertThat(first.decision().decision()).isEqualTo("CONFIRMED_MATCH");
            assertThat(parts.alerts().find(open.id()).orElseThrow().state()).isEqualTo(PartyAlert.State.CONFIRMED);
            assertThat(retried.replayed()).isTrue();
            assertThat(retried.auditSeq()).isNull();
            assertThat(retried.decision().id()).isEqualTo(first.decision().id());
            assertThat(desk(parts).history("K-EAST", null, open.entryId())).singleElement()
                    .extracting(d -> d.id()).isEqualTo(first.decision().id());
            assertThat(parts.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void withFourEyesAFalsePositiveLeavesTheAlertOpenUntilASecondOfficerConfirms(@TempDir Path dir)
            throws Exception {
        try (Components parts = alerted(dir, true)) {
            PartyAlert open = alert(parts);
            DecisionDesk desk = desk(parts);

            DecisionAnswer decided = desk.decide(new DecisionRequest(DecisionKind.FALSE_POSITIVE, "other company",
                    open.entryId(), EAST), ANNA, null, "the body");

            assertThat(decided.decision().pending()).isTrue();
            assertThat(parts.alerts().find(open.id()).orElseThrow().state()).isEqualTo(PartyAlert.State.OPEN);
            long id = decided.decision().id();
            assertThatThrownBy(() -> desk.confirm(id, null, ANNA))
                    .isInstanceOfSatisfying(FourEyesRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(FourEyesRefusedException.Reason.SAME_OFFICER));
            DecisionAnswer confirmed = desk.confirm(id, "checked", BEN);
            assertThat(confirmed.decision().pending()).isFalse();
            assertThat(confirmed.auditSeq()).isNotNull();
            assertThat(desk.get(id).orElseThrow().confirmation().officer()).isEqualTo("ben");
        }
    }

    @Test
    void aDecisionThatCouldLandOnAnotherPartyOrOnNoEntryIsRefusedNamingTheField(@TempDir Path dir)
            throws Exception {
        try (Components parts = alerted(dir, false)) {
            String entryId = alert(parts).entryId();
            DecisionDesk desk = desk(parts);

            assertThatThrownBy(() -> desk.decide(fp(entryId, new Party("K-EAST", "Acme Widgets Ltd", null, null,
                    null, List.of())), ANNA, null, "{}")).isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("party.partyKey");
                        assertThat(e.kind()).isEqualTo(BadRequestException.Kind.CONFLICT);
                    });
            assertThatThrownBy(() -> desk.decide(fp(entryId, new Party("K-NONE", "Acme Widgets Ltd", null, null,
                    null, List.of())), ANNA, null, "{}")).isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("party.partyKey");
                        assertThat(e.kind()).isEqualTo(BadRequestException.Kind.UNKNOWN);
                    });
            assertThatThrownBy(() -> desk.decide(fp(entryId, new Party(null, "Eastern Star Trading Company", null,
                    null, null, List.of())), ANNA, null, "{}")).isInstanceOfSatisfying(BadRequestException.class,
                            e -> assertThat(e.field()).isEqualTo("party"));
            assertThatThrownBy(() -> desk.decide(fp("test:nothing", EAST), ANNA, null, "{}"))
                    .isInstanceOfSatisfying(EntryNotLoadedException.class, e -> {
                        assertThat(e.notFound()).isTrue();
                        assertThat(e.field()).isEqualTo("entryId");
                    });
            assertThatThrownBy(() -> desk.history(null, null, entryId))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("partyKey");
                        assertThat(e.kind()).isEqualTo(BadRequestException.Kind.MISSING);
                    });
            assertThat(parts.decisions().history("K-EAST", null, null)).as("nothing stored").isEmpty();
        }
    }

    private static DecisionRequest fp(String entryId, Party party) {
        return new DecisionRequest(DecisionKind.FALSE_POSITIVE, "not them", entryId, party);
    }
}
