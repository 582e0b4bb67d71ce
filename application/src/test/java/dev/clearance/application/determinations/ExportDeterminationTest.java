package dev.clearance.application.determinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.application.decisions.DecisionDesk;
import dev.clearance.application.decisions.DecisionRequest;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.screening.Party;
import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.OneListedCompany;
import dev.clearance.input.BadRequestException;
import dev.clearance.lists.EntityType;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.ProductItems;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One export determined without HTTP: its end user is screened with the officers' confirmed matches and the lists it
 * was screened against are named, the determination is audited, and a regime that does not exist or does not go
 * with the request is refused, typed, naming {@code regime}.
 */
class ExportDeterminationTest {
    private static final Principal ROSA = new Principal("rosa", Role.REQUESTER);
    private static final ExportRequestForm JP_TO_KR = new ExportRequestForm("JP", "KR", "3C002", null, null,
            "2019-07-10", null, "false", null, null, null, null);

    private static ExportDetermination exports(Components parts) {
        return new ExportDetermination(parts.decisions(), parts.engine(), new LicenceCover(parts.licences()),
                parts.lists(), parts.recorder(), ProductItems.NONE);
    }

    private static DeterminationAnswer determine(Components parts, DeterminationRequest asked) {
        return exports(parts).determine(asked, ROSA, "the body", Locale.ENGLISH, ListCatalogue.CaveatWords.ENGLISH);
    }

    private static DeterminationRequest endUser(String name, String key) {
        return new DeterminationRequest(JP_TO_KR, null, name, key, null, null, null, null);
    }

    @Test
    void anEndUserAnOfficerConfirmedIsListedAndTheDeterminationIsAudited(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "export_determination")) {
            parts.lists().update("test");

            DeterminationAnswer before = determine(parts, endUser("Acme Widgets Ltd", "C-7"));
            DeterminationAnswer listed = determine(parts, endUser("Eastern Star Trading Company", null));
            new DecisionDesk(parts.alerts(), parts.decisions(), parts.lists(), parts.recorder(), parts.parties())
                    .decide(new DecisionRequest(DecisionKind.CONFIRMED_MATCH, "same owner",
                            listed.endUser().entryId(), new Party("C-7", "Acme Widgets Ltd", "GB",
                                    EntityType.ORGANIZATION, null, List.of())), new Principal("anna", Role.OFFICER),
                            null, "{}");
            DeterminationAnswer after = determine(parts, endUser("Acme Widgets Ltd", "C-7"));

            assertThat(before.endUser().listed()).isFalse();
            assertThat(listed.endUser().listed()).isTrue();
            assertThat(after.endUser().listed()).isTrue();
            assertThat(after.endUser().explanation()).contains("confirmed match", "same owner");
            assertThat(after.listVersions()).isNotEmpty();
            AuditRecord audited = parts.audit().get(after.auditSeq()).orElseThrow();
            assertThat(audited.subject()).isEqualTo("JP->KR 3C002");
            assertThat(audited.principal()).isEqualTo("rosa");
            assertThat(audited.inputsJson()).isEqualTo("\"the body\"");
            assertThat(audited.listVersions()).isEqualTo(after.listVersions());
            assertThat(audited.outputsJson()).contains("\"summary\"").doesNotContain("auditSeq");
        }
    }

    @Test
    void withoutAnEndUserNoListIsNamedAndTheAuditNamesNone(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "export_determination_plain")) {
            DeterminationAnswer answer = determine(parts, endUser(null, null));

            assertThat(answer.endUser()).isNull();
            assertThat(answer.listVersions()).isNull();
            assertThat(parts.audit().get(answer.auditSeq()).orElseThrow().listVersions()).isEmpty();
        }
    }

    @Test
    void aRegimeThatDoesNotExistOrDoesNotGoWithDeMinimisIsRefusedNamingRegime(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "export_determination_regime")) {
            assertThatThrownBy(() -> determine(parts, new DeterminationRequest(JP_TO_KR, null, null, null, "XX", null,
                    null, null))).isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("regime");
                        assertThat(e.kind()).isEqualTo(BadRequestException.Kind.UNKNOWN);
                    });
            assertThatThrownBy(() -> determine(parts, new DeterminationRequest(JP_TO_KR, null, null, null, "jp",
                    new BigDecimal("10"), null, null))).isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("regime");
                        assertThat(e.kind()).isEqualTo(BadRequestException.Kind.CONFLICT);
                    });
        }
    }
}
