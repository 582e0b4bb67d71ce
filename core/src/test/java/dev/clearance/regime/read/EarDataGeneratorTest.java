package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts of controls with no Country Chart column the generator reads as destinations, and which it leaves CHECK. */
class EarDataGeneratorTest {
    @Test
    void textsNamingDestinationsBecomeRules() {
        assertThat(EarDataGenerator.destinations("Worldwide control. See § 742.6(a)(10) and (b)(11) of the EAR."))
                .isEqualTo("*");
        assertThat(EarDataGenerator.destinations("A license is required for ALL destinations, except Canada, regardless"
                + " of end use.")).isEqualTo("*~CA");
        assertThat(EarDataGenerator.destinations("China, Russia, or Venezuela (see § 742.6(a)(7)).")).isEqualTo("CN,HK,RU,VE");
        assertThat(EarDataGenerator.destinations("To or within Macau or a destination specified in Country Group D:5 of"
                + " supplement no. 1 to part 740 of the EAR. See § 742.4(a)(4) of the EAR.")).isEqualTo("MO,D:5");
        assertThat(EarDataGenerator.destinations("To or within the United Arab Emirates or destinations specified in"
                + " Country Groups D:1, D:4, and D:5 of supplement no. 1 to part 740 of the EAR, excluding any destination"
                + " also specified in Country Groups A:5 or A:6.")).isEqualTo("AE,D:1,D:4,D:5~A:5,A:6");
        assertThat(EarDataGenerator.destinations("A license is required for items controlled by this entry to North Korea"
                + " for anti-terrorism reasons.")).isEqualTo("KP");
        assertThat(EarDataGenerator.destinations("A license is required for items controlled by this entry for export or"
                + " reexport to Iraq or Pakistan or transfer within Iraq or Pakistan for regional stability reasons."))
                .isEqualTo("IQ,PK");
        assertThat(EarDataGenerator.destinations("Refer to § 742.15 of the EAR.")).as("§742.15(a)(1)").isEqualTo("*~CA");
        assertThat(EarDataGenerator.destinations("See § 746.1(b) for UN controls.", "IQ,KP,D:5")).isEqualTo("IQ,KP,D:5");
        assertThat(EarDataGenerator.partial("A license is required for items controlled by this entry, other than"
                + " 2B999.h.2, for export")).isTrue();
    }

    @Test
    void scopesNamingParagraphsAreLimitedToThem() {
        assertThat(EarDataGenerator.paragraphs("3A001", "“MMIC” amplifiers in 3A001.b.2 and discrete microwave"
                + " transistors in 3A001.b.3, except those 3A001.b.2 and b.3 items")).containsExactly("3A001.b.2", "3A001.b.3");
        assertThat(EarDataGenerator.paragraphs("3A001", "3A001.z.1.a, z.2.a, z.3.a, z.4.a"))
                .containsExactly("3A001.z.1.a", "3A001.z.2.a", "3A001.z.3.a", "3A001.z.4.a");
        assertThat(EarDataGenerator.paragraphs("2B001", "2B001.a, .b, .c, and .d, EXCEPT: (1) turning machines under"
                + " 2B001.e")).containsExactly("2B001.a", "2B001.b", "2B001.c", "2B001.d");
        assertThat(EarDataGenerator.paragraphs("0A501", "entire entry except 0A501.y")).isEmpty();
        assertThat(EarDataGenerator.paragraphs("0A502", "shotguns with a barrel length less than 18 inches")).isEmpty();
    }

    @Test
    void textsNamingNoDestinationStayUnread() {
        assertThat(EarDataGenerator.destinations("See § 746.1(b) for UN controls.")).isNull();
        assertThat(EarDataGenerator.destinations("A license is required for CW reasons to CWC non-States Parties"
                + " (destinations not listed in Supplement No. 2 to part 745), except for Israel and Taiwan.")).isNull();
        assertThat(EarDataGenerator.destinations("N/A.")).isNull();
    }
}
