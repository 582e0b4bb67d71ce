package dev.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpersTest {
    @Test
    void countryNamesAsPublishersWriteThem() {
        assertThat(CountryCodes.toAlpha2("Russia")).isEqualTo("RU");
        assertThat(CountryCodes.toAlpha2("Russian Federation")).isEqualTo("RU");
        assertThat(CountryCodes.toAlpha2("Iran (Islamic Republic of)")).isEqualTo("IR");
        assertThat(CountryCodes.toAlpha2("Korea, North")).isEqualTo("KP");
        assertThat(CountryCodes.toAlpha2("Democratic People's Republic of Korea")).isEqualTo("KP");
        assertThat(CountryCodes.toAlpha2("Syria")).isEqualTo("SY");
        assertThat(CountryCodes.toAlpha2("Burma")).isEqualTo("MM");
        assertThat(CountryCodes.toAlpha2("Congo, Democratic Republic of the")).isEqualTo("CD");
        assertThat(CountryCodes.toAlpha2("Türkiye")).isEqualTo("TR");
        assertThat(CountryCodes.toAlpha2("Côte d'Ivoire")).isEqualTo("CI");
        assertThat(CountryCodes.toAlpha2("United Kingdom of Great Britain and Northern Ireland")).isEqualTo("GB");
        assertThat(CountryCodes.toAlpha2("ru")).isEqualTo("RU");
        assertThat(CountryCodes.toAlpha2("Atlantis")).isNull();
        assertThat(CountryCodes.allIn("Ukrainian, Russian")).containsExactly("UA", "RU");
        assertThat(CountryCodes.allIn("(1) Russia (2) Belarus")).containsExactly("RU", "BY");
        assertThat(CountryCodes.fromAddress("Prospekt Kirov 52, Simferopol, Crimea, Ukraine 295000")).isEqualTo("UA");
    }

    @Test
    void publishedDates() {
        assertThat(PublishedDates.parse("12 Aug 1960")).containsExactly("1960-08-12");
        assertThat(PublishedDates.parse("Aug 1960")).containsExactly("1960-08");
        assertThat(PublishedDates.parse("circa 1955")).containsExactly("1955");
        assertThat(PublishedDates.parse("1960 to 1962")).containsExactly("1960", "1961", "1962");
        assertThat(PublishedDates.parse("26.11.1972")).containsExactly("1972-11-26");
        assertThat(PublishedDates.parse("00/05/1960")).containsExactly("1960-05");
        assertThat(PublishedDates.parse("1.2.1960 or 3.4.1961")).containsExactly("1960-02-01", "1961-04-03");
        assertThat(PublishedDates.parse("1960-08-12")).containsExactly("1960-08-12");
        assertThat(PublishedDates.parse("unknown")).isEmpty();
    }

    @Test
    void ofacRemarks() {
        EntryBuilder b = new EntryBuilder("ofac", "1", "OFAC SDN").type(EntityType.PERSON);
        b.name("X", ListEntry.Name.Kind.PRIMARY);
        OfacRemarks.apply("DOB 21 Oct 1977; POB Beja, Tunisia; nationality Tunisia; Passport P229856 issued 01 Nov 2002 expires 31 Oct 2007; "
                + "a.k.a. 'KAMEL'; Identification Number IMO 1234567; Tax ID No. 7714710760 (Russia).", b);
        ListEntry e = b.build();
        assertThat(e.birthDates()).containsExactly("1977-10-21");
        assertThat(e.countries()).containsExactly("TN");
        assertThat(e.identifiers()).containsExactly(new ListEntry.Identifier(IdSchemes.PASSPORT, "P229856"),
                new ListEntry.Identifier(IdSchemes.IMO, "1234567"), new ListEntry.Identifier(IdSchemes.TAX, "7714710760"));
        assertThat(e.names()).extracting(ListEntry.Name::value).containsExactly("X", "KAMEL");
    }
}
