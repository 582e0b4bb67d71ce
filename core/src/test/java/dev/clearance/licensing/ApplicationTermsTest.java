package dev.clearance.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.input.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.Regimes;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expectations from regimes.md: Korea §2.1 and §8.1, Japan §1.5 and §8.2. */
class ApplicationTermsTest {
    private static final DeterminationEngine ENGINE = DeterminationEngine.bundled();
    private static final Regimes REGIMES = ENGINE.regimes();

    private static ApplicationTerms terms(String from, String to, String item, String day, String route) {
        Determination d = ENGINE.determine(ExportRequest.of(from, to, item, LocalDate.parse(day)));
        return ApplicationTerms.of(REGIMES, d, to, route);
    }

    @Test
    void koreaToJapanInGa2NeedsFiveDocumentsTwoOfThemNamedAndFifteenWorkingDays() {
        ApplicationTerms t = terms("KR", "JP", "3C002", "2019-09-19", "INDIVIDUAL");
        assertThat(t.groups()).contains("Ga-2");
        assertThat(t.documents()).hasSize(5);
        assertThat(t.documents().subList(3, 5)).extracting(RequiredDocument::name)
                .containsExactly("End-consignee statement", "End-user undertaking");
        assertThat(t.documents().get(0).status()).isEqualTo("CHECK");
        assertThat(t.clock().days()).isEqualTo(15);
        assertThat(t.clock().count()).isEqualTo(DayCount.WORKING);
        assertThat(t.clock().countStatus()).isEqualTo("CHECK");
        assertThat(t.clock().describe()).isEqualTo("15 working days (CHECK)");
    }

    @Test
    void koreaToJapanBeforeTheSplitAndAfterTheRestorationNeedsThreeDocumentsAndFiveDays() {
        for (String day : new String[] {"2019-09-17", "2023-04-24"}) {
            ApplicationTerms t = terms("KR", "JP", "3C002", day, "INDIVIDUAL");
            assertThat(t.documents()).as(day).hasSize(3).allMatch(doc -> doc.status().equals("CHECK"));
            assertThat(t.clock().days()).as(day).isEqualTo(5);
        }
        ApplicationTerms comprehensive = terms("KR", "JP", "3C002", "2019-09-17", "COMPREHENSIVE");
        assertThat(comprehensive.clock().days()).isNull();
        assertThat(comprehensive.validityYears()).isEqualTo(3);
        assertThat(comprehensive.documents()).hasSize(1);
    }

    @Test
    void aRouteNotAmongTheOptionsIsRefused() {
        assertThatThrownBy(() -> terms("KR", "JP", "3C002", "2019-09-19", "COMPREHENSIVE"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("route")
                .hasMessageContaining("[INDIVIDUAL]");
        assertThatThrownBy(() -> terms("JP", "US", null, "2020-01-01", "INDIVIDUAL"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("no licence is required");
    }

    @Test
    void japanThreeItemMeasureIsNinetyCalendarDaysAtMetiHeadquartersAndOtherIndividualLicencesAreCheck() {
        ApplicationTerms resist = terms("JP", "KR", "3C002.a.2", "2019-07-10", "INDIVIDUAL");
        assertThat(resist.clock().days()).isEqualTo(90);
        assertThat(resist.clock().daysStatus()).isEqualTo("CONFIRMED");
        assertThat(resist.clock().count()).isEqualTo(DayCount.CALENDAR);
        assertThat(resist.filingOffice()).isNotBlank();
        assertThat(resist.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.name()).contains("per METI's list");
            assertThat(doc.status()).isEqualTo("CHECK");
        });
        ApplicationTerms other = terms("JP", "CN", "2B001", "2020-01-01", "INDIVIDUAL");
        assertThat(other.clock().days()).isEqualTo(90);
        assertThat(other.clock().daysStatus()).isEqualTo("CHECK");
    }
}
