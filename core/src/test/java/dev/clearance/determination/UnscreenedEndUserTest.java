package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An end user screened against only some of the configured lists (others failed to load) is not cleared:
 * in every regime the answer says which lists were not screened against and is at most CHECK.
 */
class UnscreenedEndUserTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    @Test
    void aNotListedEndUserUnderMissingListsIsCheckWithACaveatNamingThem() {
        for (String[] c : new String[][] {{"JP", "CN", null, "2024-05-01"}, {"KR", "CN", null, "2024-05-01"},
                {"US", "FR", "EAR99", "2026-09-01"}, {"DE", "CN", "3C002", "2024-05-01"}, {"JP", "US", "3C002", "2024-05-01"}}) {
            ExportRequest base = ExportRequest.of(c[0], c[1], c[2], LocalDate.parse(c[3]));
            EndUserFinding screened = EndUserFinding.notListed("Acme Trading", "UN");
            Determination whole = engine.determine(base.withEndUser(screened));
            Determination part = engine.determine(base.withEndUser(screened.withUnscreened(List.of("OFAC SDN"))));
            assertThat(part.licenceRequired()).as(java.util.Arrays.toString(c)).isEqualTo(whole.licenceRequired());
            assertThat(part.confidence()).as(java.util.Arrays.toString(c)).isNotEqualTo(Confidence.CONFIRMED);
            assertThat(part.trace()).as(java.util.Arrays.toString(c)).anyMatch(s -> s.rule().equals("CAVEAT")
                    && s.effect().contains("OFAC SDN") && s.effect().contains("not established"));
            assertThat(whole.trace()).noneMatch(s -> s.effect().contains("not established"));
        }
    }
}
