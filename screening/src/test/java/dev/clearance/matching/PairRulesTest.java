package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.score.PairRules;
import dev.clearance.matching.score.TokenWeights;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pair-scoring rules on names made up for the purpose (none from the benchmark). */
class PairRulesTest {
    private static final double T = NameScorer.DEFAULT_THRESHOLD;
    private final NameScorer scorer = new NameScorer();

    @Test
    void aSeriesNumeralNamesAMemberOfOneFamilyOfOrganisations() {
        double vintages = scorer.score("Summit Growth Fund III L.P.", "Summit Growth Fund IV L.P.", "Company");
        assertThat(vintages).isGreaterThanOrEqualTo(T).isLessThan(1.0);
        assertThat(scorer.score("Summit Growth Fund 3", "Summit Growth Fund 4", "Company")).isGreaterThanOrEqualTo(T);
        // A word, not a numeral, still contradicts.
        assertThat(scorer.score("Summit Growth Fund L.P.", "Summit Timber Fund L.P.", "Company")).isLessThan(T);
        assertThat(PairRules.series(Normaliser.normalise("xiv").tokens().get(0))).isTrue();
        assertThat(PairRules.series(Normaliser.normalise("vic").tokens().get(0))).isFalse();
    }

    @Test
    void formsOfOneGivenNameMatch() {
        assertThat(scorer.score("Bill Hartley", "William Hartley", "Person")).isGreaterThanOrEqualTo(T);
        assertThat(scorer.score("Pedro Alvarez", "Peter Alvarez", "Person")).isGreaterThanOrEqualTo(T);
        assertThat(scorer.explain("Ted Marlow", "Edward Marlow", "Person").tokens())
                .extracting(TokenMatch::kind).contains(MatchKind.TRANSLITERATED);
        assertThat(scorer.score("Theodore Grant", "Thomas Grant", "Person")).isLessThan(T);
    }

    @Test
    void spellingsOfTheArabicArticleAreOneParticle() {
        assertThat(scorer.score("Khalid el-Masri", "Khalid al-Masri", "Person")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void scrambledLettersAreATypingSlip() {
        assertThat(scorer.score("Oskar Nesrag", "Oskar Garsen", "Person")).isGreaterThanOrEqualTo(T);
        assertThat(scorer.score("Oskar Nesrag", "Oskar Garsten", "Person")).isLessThan(T);
    }

    @Test
    void onePartOfAHyphenatedNameStandsForIt() {
        assertThat(scorer.score("Sophie Dubois", "Anne-Sophie Dubois", "Person")).isGreaterThanOrEqualTo(T);
        // A syllable of a Korean given name is not a name of its own.
        assertThat(scorer.explain("Pak Chol", "Pak Mun-Chol", "Person").tokens())
                .extracting(TokenMatch::kind).doesNotContain(MatchKind.PART);
        assertThat(scorer.explain("Sophie Dubois", "Anne-Sophie Dubois", "Person").tokens())
                .extracting(TokenMatch::kind).contains(MatchKind.PART);
    }

    @Test
    void anAcronymStandsForTheWordsItAbbreviates() {
        Explanation x = scorer.explain("IRGC", "Islamic Revolutionary Guard Corps", "Organization");
        assertThat(x.score()).isGreaterThanOrEqualTo(T);
        assertThat(x.qualifiers()).extracting(Explanation.Qualifier::what).containsExactly("acronym");
        assertThat(scorer.score("Korean Air Lines", "KAL", "Company")).isGreaterThanOrEqualTo(T);
        assertThat(scorer.score("JP Morel", "Jean-Pierre Morel", "Person")).isGreaterThanOrEqualTo(T);
        // Two letters against a person's given name and surname are initials, not an acronym.
        assertThat(scorer.explain("JM", "Jan Marek", "Person").qualifiers())
                .extracting(Explanation.Qualifier::what).doesNotContain("acronym");
    }

    @Test
    void organisationWordsWithMostLettersInPlaceAreOneWordMisspelt() {
        String a = "Kestrel Daskov Logistics Inc";
        String b = "Kestrel Dasmiv Logistics Inc";
        assertThat(scorer.score(a, b, "Company")).isGreaterThan(scorer.score(a, b, "Person"));
        assertThat(scorer.explain(a, b, "Company").queryOnly()).isEmpty();
        // Unlike words stay apart.
        assertThat(scorer.explain("Kestrel Daskov Logistics Inc", "Kestrel Omega Logistics Inc", "Company").queryOnly())
                .containsExactly("daskov");
    }

    @Test
    void aMisspeltLegalFormIsThatForm() {
        assertThat(scorer.explain("Halvorsen Aktiengesellshaft", "Halvorsen AG", "Company").tokens())
                .extracting(TokenMatch::kind).contains(MatchKind.LEGAL_FORM);
    }

    @Test
    void aNumeralInOneNameOnlyKeepsItsWeight() {
        java.util.List<Token> one = Normaliser.normalise("Harbour Holding Company 12").tokens();
        java.util.List<Token> none = Normaliser.normalise("Harbour Holding Company").tokens();
        java.util.List<Token> other = Normaliser.normalise("Harbour Holding Company 14").tokens();
        Token twelve = one.get(3);
        assertThat(PairRules.weights(true, one, none).weight(twelve)).isEqualTo(TokenWeights.base(twelve));
        assertThat(PairRules.weights(true, one, other).weight(twelve)).isEqualTo(PairRules.SERIES);
        assertThat(PairRules.weights(false, one, other).weight(twelve)).isEqualTo(TokenWeights.base(twelve));
        // A Roman numeral before a dotted legal form is a word of its own, not part of an abbreviation.
        assertThat(Normaliser.normalise("Summit Fund V L.P.").keys()).isEqualTo("summit fund v llc");
    }

    @Test
    void aBalticNominativeEndingIsTheSameName() {
        assertThat(scorer.score("Dmitrijs Sokolovs", "Dmitrij Sokolov", "Person")).isGreaterThanOrEqualTo(T);
        // Sounding alike once the s is gone is not enough.
        assertThat(scorer.score("Evan Moralles", "Evan Morillo", "Person")).isLessThan(T);
    }

    @Test
    void wordsWrittenApartMeetTheWordWrittenTogether() {
        assertThat(scorer.score("de la cruz holdings", "Delacruz Holdings", "Company")).isGreaterThanOrEqualTo(T);
        assertThat(scorer.score("Ivan Alek Sand Rovich Petrov", "Ivan Aleksandrovich Petrov", "Person"))
                .isGreaterThanOrEqualTo(T);
    }

    @Test
    void aNameWrittenWithItsOtherNameAfterASlashIsEither() {
        assertThat(NameScorer.alternatives("Jaish al-Adl/Army of Justice")).containsExactly(
                "Jaish al-Adl/Army of Justice", "Jaish al-Adl", "Army of Justice");
        assertThat(NameScorer.alternatives("Nordhavn Shipping A/S")).containsExactly("Nordhavn Shipping A/S");
        assertThat(scorer.score("Army of Justice", "Jaish al-Adl/Army of Justice", "Organization")).isEqualTo(1.0);
    }

    @Test
    void aCountryInOneOrganisationNameOnlyIsANationalSubsidiary() {
        Explanation x = scorer.explain("Meridian Capital Bank", "Meridian Capital Bank Portugal", "Company");
        assertThat(x.qualifiers()).extracting(Explanation.Qualifier::what).contains("country");
        assertThat(x.score()).isLessThan(T);
        assertThat(scorer.explain("Meridian Capital Bank Portugal", "Meridian Capital Bank Portugal", "Company").score())
                .isEqualTo(1.0);
    }

    @Test
    void differentLegalFormsOrInitialsContradict() {
        Explanation forms = scorer.explain("Falkenried Maschinenbau AG", "Falkenried Maschinenbau GmbH", "Company");
        assertThat(forms.qualifiers()).extracting(Explanation.Qualifier::what).contains("contradiction");
        assertThat(forms.score()).isLessThan(T);
        assertThat(scorer.score("Harold K. Whitcombe", "Harold P. Whitcombe", "Person")).isLessThan(T);
        assertThat(scorer.score("Harold K. Whitcombe", "Harold Whitcombe", "Person")).isGreaterThanOrEqualTo(T);
    }

    @Test
    void aLegalFormOfSeveralWordsMisspeltIsThatForm() {
        assertThat(scorer.score("Orlan Avionics Joint Stok Company", "Orlan Avionics Joint Stock Company", "Company"))
                .isGreaterThanOrEqualTo(T);
        assertThat(PairRules.misspeltForms(Normaliser.normalise("Orlan Joint Stok Company").tokens()))
                .extracting(Token::legalForm).containsExactly(false, true, true);
    }

    @Test
    void aTensWordAndAUnitDigitAreOneNumber() {
        assertThat(Normaliser.normalise("Squadron Twenty 7").keys()).isEqualTo("squadron 27");
        assertThat(Normaliser.normalise("Unit 7").keys()).isEqualTo("unit 7");
    }
}
