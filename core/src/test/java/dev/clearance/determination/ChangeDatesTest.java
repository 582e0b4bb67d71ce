package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Japanese and Korean change date, with the day before and the day itself. Columns: exporter,
 * destination, item (NONE for unlisted), end use, day, licence required, options joined by |, catch-all,
 * review days (empty for unknown), documents (empty for unknown).
 */
class ChangeDatesTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    @ParameterizedTest(name = "{0}->{1} {2} {3} on {4}")
    @CsvSource(nullValues = "", value = {
        // 2019-07-04: the three-item measure (resist, fluorinated polyimide, hydrogen fluoride) to Korea.
        "JP,KR,3C002.a.1,civil,2019-07-03,true,GENERAL_BULK|SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        "JP,KR,3C002.a.1,civil,2019-07-04,true,INDIVIDUAL,false,90,",
        "JP,KR,1C009.b,civil,2019-07-03,true,GENERAL_BULK|SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        "JP,KR,1C009.b,civil,2019-07-04,true,INDIVIDUAL,false,90,",
        "JP,US,3C002.a.1,civil,2019-07-04,true,GENERAL_BULK|SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        // 2019-08-28: Korea leaves Group A for B: no general bulk, catch-all reaches Korea.
        "JP,KR,2B001,civil,2019-08-27,true,GENERAL_BULK|SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        "JP,KR,2B001,civil,2019-08-28,true,SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        "JP,KR,NONE,wmd,2019-08-27,false,,false,,",
        "JP,KR,NONE,wmd,2019-08-28,true,INDIVIDUAL,true,,",
        "JP,KR,NONE,civil,2019-08-28,false,,false,,",
        // 2023-03-23: the three-item measure lifted: special general bulk again (Korea still in B).
        "JP,KR,3C002,civil,2023-03-22,true,INDIVIDUAL,false,90,",
        "JP,KR,3C002,civil,2023-03-23,true,SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        // 2023-07-21: Korea back in Group A.
        "JP,KR,3C002,civil,2023-07-20,true,SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        "JP,KR,3C002,civil,2023-07-21,true,GENERAL_BULK|SPECIAL_GENERAL_BULK|SPECIFIC_BULK|SPECIAL_RETURNS_BULK|SPECIFIC_SUBSIDIARY_BULK|INDIVIDUAL,false,,",
        "JP,KR,NONE,wmd,2023-07-20,true,INDIVIDUAL,true,,",
        "JP,KR,NONE,wmd,2023-07-21,false,,false,,",
        // 2019-04-12: South Sudan joins Appended Table 3-2: conventional-weapons end use now caught.
        "JP,SS,NONE,conventional-weapons,2019-04-11,false,,false,,",
        "JP,SS,NONE,conventional-weapons,2019-04-12,true,INDIVIDUAL,true,,",
        // 2019-09-18: Korea splits Ga; Japan alone in Ga-2.
        "KR,JP,3C002,civil,2019-09-17,true,COMPREHENSIVE|INDIVIDUAL,false,5,3",
        "KR,JP,3C002,civil,2019-09-18,true,INDIVIDUAL,false,15,5",
        "KR,US,3C002,civil,2019-09-18,true,COMPREHENSIVE|INDIVIDUAL,false,5,3",
        // A known WMD end use needs a situation licence for any destination, Ga included (regimes.md §8.1, CHECK).
        "KR,JP,NONE,wmd,2019-09-18,true,INDIVIDUAL,true,15,5",
        "KR,JP,NONE,civil,2019-09-18,false,,false,,",
        // 2023-04-24: Ga-1 and Ga-2 merged back into Ga.
        "KR,JP,3C002,civil,2023-04-23,true,INDIVIDUAL,false,15,5",
        "KR,JP,3C002,civil,2023-04-24,true,COMPREHENSIVE|INDIVIDUAL,false,5,3",
        "KR,US,3C002,civil,2023-04-24,true,COMPREHENSIVE|INDIVIDUAL,false,5,3",
        // Korea's WMD situation permission reaches Na destinations only.
        "KR,CN,NONE,wmd,2020-01-01,true,INDIVIDUAL,true,15,",
        "KR,CN,3C002,civil,2020-01-01,true,INDIVIDUAL,false,15,",
    })
    void answerOnEachSideOfEveryChange(String from, String to, String item, String endUse, String day,
                                       boolean required, String options, boolean catchAll, Integer reviewDays,
                                       Integer documents) {
        ExportRequest r = new ExportRequest(from, to, item.equals("NONE") ? null : item, null, null,
                LocalDate.parse(day), EndUse.parse(endUse), null, false);
        Determination d = engine.determine(r);
        assertThat(d.licenceRequired()).as("licence required").isEqualTo(required);
        assertThat(String.join("|", d.licenceOptions())).as("options").isEqualTo(options == null ? "" : options);
        assertThat(d.catchAll()).as("catch-all").isEqualTo(catchAll);
        assertThat(d.reviewDays()).as("review days").isEqualTo(reviewDays);
        assertThat(d.documents()).as("documents").isEqualTo(documents);
    }
}
