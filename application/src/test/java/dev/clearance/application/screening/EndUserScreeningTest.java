package dev.clearance.application.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.application.decisions.DecisionDesk;
import dev.clearance.application.decisions.DecisionRequest;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.OneListedCompany;
import dev.clearance.determination.EndUserFinding;
import dev.clearance.lists.EntityType;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.decisions.DecisionKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end user a determination names, screened without HTTP: a listed name is listed; a name no entry matches is
 * listed all the same once an officer confirmed it as a match, naming the decision.
 */
class EndUserScreeningTest {
    @Test
    void anOfficersConfirmedMatchListsAnEndUserTheScreeningDoesNotHit(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "end_user")) {
            parts.lists().update("test");
            LoadedLists lists = parts.lists().current();
            EndUserFinding hit = EndUserScreening.find(lists, parts.decisions(), "endUser",
                    "Eastern Star Trading Company", null);
            assertThat(hit.listed()).isTrue();
            assertThat(EndUserScreening.find(lists, parts.decisions(), "endUser", "Acme Widgets Ltd", "C-7").listed())
                    .isFalse();

            new DecisionDesk(parts.alerts(), parts.decisions(), parts.lists(), parts.recorder(), parts.parties())
                    .decide(new DecisionRequest(DecisionKind.CONFIRMED_MATCH, "same owner", hit.entryId(),
                            new Party("C-7", "Acme Widgets Ltd", "GB", EntityType.ORGANIZATION, null, List.of())),
                            new Principal("anna", Role.OFFICER), null, "{}");
            EndUserFinding confirmed = EndUserScreening.find(lists, parts.decisions(), "endUser", "Acme Widgets Ltd",
                    "C-7");

            assertThat(confirmed.listed()).isTrue();
            assertThat(confirmed.entryId()).isEqualTo(hit.entryId());
            assertThat(confirmed.list()).isEqualTo(hit.list());
            assertThat(confirmed.explanation()).startsWith("confirmed match (decision ").contains("anna", "same owner");
        }
    }
}
