package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationRecordPageTest {
    @Test
    void theRecordStatesTheEntryTheComparisonsAndTheApprovalAndEscapesEverything() {
        Classification c = Classifier.bundled().classify(ClassificationRequest.of("fluorinated polyimide film", List.of(),
                List.of("fluorine=12%wt"), ClassificationRequest.Fields.CLI));
        String draft = ClassificationRecordPage.html("P-300 <script>", "JP", c, "a.sato", "", LocalDate.of(2026, 12, 7));
        assertThat(draft).contains("P-300 &lt;script&gt;").doesNotContain("<script>")
                .contains("ETCO Appended Table 1 row 5").contains("1C009.b").contains("10% by weight or more")
                .contains("fluorine=12%wt").contains("MEETS").contains("DRAFT - not approved").contains("signature");
        String approved = ClassificationRecordPage.html("P-300", "KR", c, "a.sato", "officer k.kim", LocalDate.of(2026, 12, 7));
        assertThat(approved).contains("officer k.kim").doesNotContain("DRAFT");
    }
}
