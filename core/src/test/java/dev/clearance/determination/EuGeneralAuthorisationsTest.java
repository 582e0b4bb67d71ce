package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Union general export authorisations beyond EU001/EU002 (Annex II Sections C-H): the sources give
 * neither their items nor their destinations, so they are never a confident option (CHECK), and those whose
 * section title limits them to an item category are offered on that category only.
 */
class EuGeneralAuthorisationsTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();
    private final Regime eu = RegimeData.bundled().require("EU");

    private Determination d(String to, String item, String day) {
        return engine.determine(ExportRequest.of("DE", to, item, LocalDate.parse(day)));
    }

    private static Optional<TraceStep> step(Determination d, String rule) {
        return d.trace().stream().filter(s -> s.rule().equals(rule)).findFirst();
    }

    @Test
    void repairAndExhibitionAuthorisationsAreOfferedOnlyAsCheckWithTheirConditions() {
        for (String code : List.of("EU003", "EU004")) {
            LicenceType t = eu.licenceTypes().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
            assertThat(t.check()).as(code + " rests on no source for its items or destinations").isTrue();
            assertThat(t.conditions()).contains("destination").contains("register");
            assertThat(t.source()).isNotBlank();
            Determination cn = d("CN", "3C002", "2022-03-01");
            assertThat(cn.licenceRequired()).isTrue();
            assertThat(cn.licenceOptions()).contains(code);
            assertThat(step(cn, code).orElseThrow().effect()).startsWith("offered, CHECK").contains(t.conditions());
            // Ranked between the Union authorisations and the national ones.
            assertThat(cn.licenceOptions().indexOf(code)).isLessThan(cn.licenceOptions().indexOf("GLOBAL"));
        }
    }

    @Test
    void noAuthorisationIsOfferedInsideTheUnion() {
        Determination fr = d("FR", "3C002", "2022-03-01");
        assertThat(fr.licenceRequired()).isFalse();
        assertThat(fr.licenceOptions()).isEmpty();
        assertThat(fr.trace()).anyMatch(s -> s.rule().equals("CAVEAT") && s.effect().contains("Annex IV"));
    }

    @Test
    void categoryLimitedAuthorisationsAreOfferedOnTheirItemsOnlyAndOnlyAsCheck() {
        // EU005 telecommunications (5 part 1), EU006 chemicals (1C), EU007 software and technology, EU008
        // encryption (5 part 2): each an option on an item of its category, with CHECK, none on 3C002.
        assertOffered(d("CN", "5A001.c", "2022-03-01"), "EU005");
        assertThat(d("CN", "5A001", "2022-03-01").licenceOptions()).as("only some of 5A001 is in Section E")
                .doesNotContain("EU005");
        assertOffered(d("CN", "1C350", "2022-03-01"), "EU006");
        assertOffered(d("CN", "3E001", "2022-03-01"), "EU007");
        assertOffered(d("CN", "5A002.a", "2022-03-01"), "EU008");
        Determination plain = d("CN", "3C002", "2022-03-01");
        assertThat(plain.licenceOptions()).doesNotContain("EU005", "EU006", "EU007", "EU008");
        assertThat(step(plain, "EU006").orElseThrow().effect()).startsWith("not offered: it covers only");
        assertThat(d("CN", "5A002", "2022-03-01").licenceOptions()).as("EU005 is category 5 part 1").doesNotContain("EU005");
        assertThat(d("CN", "5A001.c", "2022-03-01").licenceOptions()).as("EU008 is category 5 part 2").doesNotContain("EU008");
        assertThat(d("CN", "3A001", "2022-03-01").licenceOptions()).as("EU007 is software and technology")
                .doesNotContain("EU007");
        assertThat(d("FR", "5A002", "2022-03-01").licenceOptions()).as("inside the Union").isEmpty();
        for (LicenceType t : eu.licenceTypes()) {
            if (t.code().matches("EU00[5-8]")) {
                assertThat(t.check()).isTrue();
                assertThat(t.entries()).isNotEmpty();
                assertThat(t.conditions()).contains("registration");
                assertThat(t.source()).isNotBlank();
            }
        }
    }

    private static void assertOffered(Determination d, String code) {
        assertThat(d.licenceOptions()).contains(code);
        assertThat(step(d, code).orElseThrow().effect()).startsWith("offered, CHECK");
    }

    @Test
    void eu007AndEu008StartWithRegulation2021821AndEu005Eu006ExistedUnder4282009() {
        assertThat(d("CN", "3E001", "2021-09-08").licenceOptions()).doesNotContain("EU007");
        assertThat(d("CN", "3E001", "2021-09-09").licenceOptions()).contains("EU007");
        assertThat(d("CN", "5A002", "2021-09-08").licenceOptions()).doesNotContain("EU008");
        assertThat(d("CN", "5A002", "2021-09-09").licenceOptions()).contains("EU008");
        assertThat(d("CN", "5A001.c", "2020-06-01").licenceOptions()).contains("EU005");
        assertThat(d("CN", "1C350", "2020-06-01").licenceOptions()).contains("EU006");
        assertThat(d("CN", "3C002", "2020-06-01").licenceOptions()).contains("EU003", "EU004");
    }

    @Test
    void icelandStaysUnconfirmedForEu001() {
        Determination is = d("IS", "3C002", "2022-03-01");
        assertThat(is.licenceOptions()).doesNotContain("EU001").contains("EU002");
        assertThat(is.trace()).anyMatch(s -> s.rule().equals("CAVEAT") && s.effect().contains("UNCONFIRMED"));
    }
}
