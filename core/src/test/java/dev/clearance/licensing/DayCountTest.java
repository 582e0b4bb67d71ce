package dev.clearance.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayCountTest {
    private static final LocalDate FRIDAY = LocalDate.of(2019, 9, 20);
    private static final LocalDate SATURDAY = LocalDate.of(2019, 9, 21);

    @Test
    void calendarDaysCountEveryDay() {
        assertThat(DayCount.CALENDAR.add(FRIDAY, 15)).isEqualTo(LocalDate.of(2019, 10, 5));
        assertThat(DayCount.CALENDAR.between(FRIDAY, LocalDate.of(2019, 10, 5))).isEqualTo(15);
        assertThat(DayCount.CALENDAR.add(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    @Test
    void workingDaysSkipWeekends() {
        assertThat(DayCount.WORKING.add(FRIDAY, 1)).isEqualTo(LocalDate.of(2019, 9, 23));
        assertThat(DayCount.WORKING.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2019, 9, 27));
        assertThat(DayCount.WORKING.add(FRIDAY, 15)).isEqualTo(LocalDate.of(2019, 10, 11));
        // Filed on a Saturday: the count starts on Monday.
        assertThat(DayCount.WORKING.add(SATURDAY, 5)).isEqualTo(LocalDate.of(2019, 9, 27));
        assertThat(DayCount.WORKING.add(SATURDAY, 6)).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(DayCount.WORKING.add(LocalDate.of(2019, 9, 18), 3)).isEqualTo(LocalDate.of(2019, 9, 23));
    }

    @Test
    void workingDaysBetweenAgreesWithAddingOneByOne() {
        for (int start = 0; start < 7; start++) {
            LocalDate from = FRIDAY.plusDays(start);
            for (int n = 0; n < 40; n++) {
                LocalDate slow = from;
                for (int i = 0; i < n; i++) {
                    slow = slow.plusDays(1);
                    while (slow.getDayOfWeek().getValue() > 5) {
                        slow = slow.plusDays(1);
                    }
                }
                assertThat(DayCount.WORKING.add(from, n)).as("%s + %d", from, n).isEqualTo(n == 0 ? from : slow);
                if (n > 0) {
                    assertThat(DayCount.WORKING.between(from, slow)).as("between %s and %s", from, slow).isEqualTo(n);
                }
            }
        }
        assertThat(DayCount.WORKING.between(FRIDAY, SATURDAY.plusDays(1))).isZero();
        assertThat(DayCount.WORKING.between(FRIDAY, FRIDAY.minusDays(3))).isZero();
    }
}
