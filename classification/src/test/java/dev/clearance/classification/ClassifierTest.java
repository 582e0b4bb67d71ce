package dev.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeds' three products and the ways in: what is listed, what is not, what must be measured, and bad input. */
class ClassifierTest {
    private final Classifier classifier = Classifier.bundled();

    private Classification classify(String description, List<String> cas, String... params) {
        return classifier.classify(ClassificationRequest.of(description, cas, List.of(params), ClassificationRequest.Fields.CLI));
    }

    @Test
    void euvPhotoresistAt13NmLeadsTo3C002a2WithEachRegimesEntry() {
        // The words also find EUV coating equipment (3B001.n) as well: the met wavelength is a lead, not an answer.
        Classification c = classify("EUV photoresist", List.of(), "wavelength=13.5nm");
        assertThat(c.outcome()).isEqualTo(Classification.Outcome.CHECK);
        assertThat(c.summary()).contains("the parameters meet 3C002.a.2");
        Candidate top = c.candidates().get(0);
        assertThat(top.paragraph()).isEqualTo("3C002.a.2");
        assertThat(top.checks()).singleElement().satisfies(k -> {
            assertThat(k.result()).isEqualTo(ThresholdCheck.Result.MEETS);
            assertThat(k.quote()).isEqualTo("less than 15 nm but greater than 1 nm");
        });
        assertThat(top.regimes()).extracting(RegimeEntry::jurisdiction).contains("JP", "KR", "EU", "US");
        assertThat(top.regimes()).filteredOn(r -> r.jurisdiction().equals("JP")).singleElement()
                .satisfies(r -> assertThat(r.entry()).contains("Appended Table 1 row 7"));
    }

    @Test
    void photoresistWithoutAWavelengthSaysWhatToMeasure() {
        Classification c = classify("positive photoresist", List.of());
        assertThat(c.outcome()).isEqualTo(Classification.Outcome.CHECK);
        assertThat(c.eccns().subList(0, 1)).containsExactly("3C002");
        assertThat(c.toMeasure()).anySatisfy(m -> assertThat(m).startsWith("wavelength"));
    }

    @Test
    void a193NmResistIsNeverListedUnder3C002() {
        Classification c = classify("positive photoresist", List.of(), "wavelength=193nm");
        assertThat(c.outcome()).isNotEqualTo(Classification.Outcome.LISTED);
        assertThat(c.candidates()).filteredOn(k -> k.paragraph().startsWith("3C002.a"))
                .allSatisfy(k -> assertThat(k.verdict()).isEqualTo(Candidate.Verdict.MISSES));
    }

    @Test
    void fluorinatedPolyimideTurnsOnItsFluorineContent() {
        assertThat(classify("fluorinated polyimide film", List.of(), "fluorine=12%wt").outcome())
                .isEqualTo(Classification.Outcome.LISTED);
        Classification low = classify("fluorinated polyimide", List.of(), "fluorine=8%wt");
        assertThat(low.outcome()).isNotEqualTo(Classification.Outcome.LISTED);
        assertThat(low.candidates()).filteredOn(k -> k.paragraph().equals("1C009.b")).singleElement()
                .satisfies(k -> assertThat(k.verdict()).isEqualTo(Candidate.Verdict.MISSES));
    }

    @Test
    void hydrogenFluorideByCasInJapaneseAndInKorean() {
        Classification byCas = classify("anhydrous hydrogen fluoride 99.999%", List.of("7664-39-3"));
        assertThat(byCas.outcome()).isEqualTo(Classification.Outcome.LISTED);
        assertThat(byCas.candidates().get(0).paragraph()).isEqualTo("1C350.d.15");
        assertThat(byCas.candidates().get(0).regimes()).filteredOn(r -> r.jurisdiction().equals("JP")).singleElement()
                .satisfies(r -> assertThat(r.entry()).contains("row 3(1)"));
        assertThat(classify("フッ化水素", List.of()).eccns().subList(0, 1)).containsExactly("1C350");
        assertThat(classify("불화수소", List.of()).eccns().subList(0, 1)).containsExactly("1C350");
        Classification ko = classify("EUV용 포토레지스트", List.of());
        assertThat(ko.eccns().subList(0, Math.min(3, ko.eccns().size()))).contains("3C002");
        assertThat(ko.caveats()).anySatisfy(c -> assertThat(c).contains("'용'"));
    }

    @Test
    void anUnknownCasNumberIsSaidNotGuessed() {
        Classification c = classify("", List.of("50-00-0"));
        assertThat(c.outcome()).isEqualTo(Classification.Outcome.CHECK);
        assertThat(c.caveats()).anySatisfy(s -> assertThat(s).contains("50-00-0 is named in no paragraph"));
    }

    @Test
    void aDecontrolNoteSharingTheDescriptionsWordsBlocksListed() {
        Classification c = classify("microprocessor microcircuits rated for ambient temperature, designed for civil"
                + " automobile or railway train applications", List.of(), "temperature=130°C");
        assertThat(c.outcome()).isNotEqualTo(Classification.Outcome.LISTED);
        assertThat(c.candidates()).filteredOn(k -> k.paragraph().equals("3A001.a.2.a")).singleElement()
                .satisfies(k -> assertThat(k.decontrols()).anySatisfy(d -> assertThat(d).contains("civil automobile")));
    }

    @Test
    void badInputNamesTheFieldAndKind() {
        assertThatThrownBy(() -> classify("resist", List.of(), "wavelength13nm"))
                .isInstanceOfSatisfying(ClassificationInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClassificationInputException.Kind.BAD_PARAMETER);
                    assertThat(e.field()).isEqualTo("--param");
                });
        assertThatThrownBy(() -> classify("resist", List.of(), "wavelength=13furlongs"))
                .isInstanceOfSatisfying(ClassificationInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(ClassificationInputException.Kind.UNKNOWN_UNIT));
        assertThatThrownBy(() -> classify("hf", List.of("7664-39-4")))
                .isInstanceOfSatisfying(ClassificationInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClassificationInputException.Kind.BAD_CAS);
                    assertThat(e.field()).isEqualTo("--cas");
                });
        assertThatThrownBy(() -> classify(" ", List.of()))
                .isInstanceOfSatisfying(ClassificationInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(ClassificationInputException.Kind.EMPTY));
    }
}
