package dev.clearance.application.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.application.decisions.DecisionDesk;
import dev.clearance.application.decisions.DecisionRequest;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.NoListsException;
import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.OneListedCompany;
import dev.clearance.lists.EntityType;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.DecisionKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One party screened on request without HTTP: the listed company alerts, an officer's confirmed match blocks a party
 * no entry hits, every screening is audited with its verdict, and no screening is answered without lists.
 */
class PartyScreeningTest {
    private static final Principal ROSA = new Principal("rosa", Role.REQUESTER);
    private static final Party ACME = new Party("C-7", "Acme Widgets Ltd", "GB", EntityType.ORGANIZATION, null,
            List.of());
    private static final Party EAST = new Party(null, "Eastern Star Trading Company", "KP",
            EntityType.ORGANIZATION, null, List.of());

    private static ScreeningAnswer screen(Components parts, Party party) {
        return new PartyScreening(parts.decisions(), parts.lists(), parts.recorder()).screen(
                new PartyScreening.Request(party, 0.8, 10), ROSA, "the body", Locale.ENGLISH,
                ListCatalogue.CaveatWords.ENGLISH);
    }

    @Test
    void theListedCompanyAlertsAndAConfirmedMatchBlocksAPartyNoEntryHits(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "party_screening")) {
            parts.lists().update("test");

            ScreeningAnswer listed = screen(parts, EAST);
            ScreeningAnswer before = screen(parts, ACME);
            new DecisionDesk(parts.alerts(), parts.decisions(), parts.lists(), parts.recorder(), parts.parties())
                    .decide(new DecisionRequest(DecisionKind.CONFIRMED_MATCH, "same owner",
                            listed.hits().get(0).match().entryId(), ACME), new Principal("anna", Role.OFFICER),
                            null, "{}");
            ScreeningAnswer after = screen(parts, ACME);

            assertThat(listed.outcome()).isEqualTo("ALERT");
            assertThat(listed.alert()).isTrue();
            assertThat(before.outcome()).isEqualTo("NO_HIT");
            assertThat(after.outcome()).isEqualTo("BLOCKED");
            assertThat(after.blocked()).isTrue();
            assertThat(after.confirmedMatches()).singleElement().extracting(DecisionView::reason)
                    .isEqualTo("same owner");
            AuditRecord audited = parts.audit().get(after.auditSeq()).orElseThrow();
            assertThat(audited.principal()).isEqualTo("rosa");
            assertThat(audited.subject()).isEqualTo("C-7");
            assertThat(audited.inputsJson()).isEqualTo("\"the body\"");
            assertThat(audited.outputsJson()).contains("\"outcome\":\"BLOCKED\"");
            assertThat(audited.listVersions()).isEqualTo(after.listVersions()).isNotEmpty();
        }
    }

    @Test
    void withNoListLoadedNothingIsAnsweredOrAudited(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "party_screening_none")) {
            long head = parts.audit().head().seq();

            assertThatThrownBy(() -> screen(parts, EAST)).isInstanceOf(NoListsException.class);
            assertThat(parts.audit().head().seq()).isEqualTo(head);
        }
    }
}
