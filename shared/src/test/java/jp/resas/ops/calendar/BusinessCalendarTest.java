package jp.resas.ops.calendar;

import static jp.resas.ops.calendar.CalendarFixtures.CALENDAR;
import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    @ParameterizedTest(name = "{0} open={1}")
    @CsvSource({
        "2026-12-28, true",   // Monday before the year-end closure
        "2026-12-29, false", "2026-12-30, false", "2026-12-31, false",
        "2027-01-01, false", "2027-01-02, false", "2027-01-03, false",
        "2027-01-04, true",   // first 開庁日 of 2027
        "2026-04-29, false",  // 昭和の日
        "2026-05-01, true",   // Friday inside Golden Week is a working day
        "2026-05-04, false", "2026-05-05, false",
        "2026-05-06, false",  // 振替休日 for 憲法記念日 on Sunday 5/3
        "2026-05-07, true",
        "2015-09-21, false", "2015-09-22, false", "2015-09-23, false", // Silver Week 2015
        "2015-09-24, true",
        "2026-09-21, false", "2026-09-22, false", "2026-09-23, false", // Silver Week 2026
        "2026-09-24, true",
        "2026-06-06, false",  // Saturday
        "2026-06-08, true"})
    void isBusinessDay_aroundClosures_followsTheLaw(LocalDate day, boolean expected) {
        assertThat(CALENDAR.isBusinessDay(day)).isEqualTo(expected);
    }

    @Test
    void isOpen_atTheEdgesOfTheDay_opensInclusiveClosesExclusive() {
        assertThat(CALENDAR.isOpen(jst("2026-06-08T08:59:59"))).isFalse();
        assertThat(CALENDAR.isOpen(jst("2026-06-08T09:00"))).isTrue();
        assertThat(CALENDAR.isOpen(jst("2026-06-08T16:59:59"))).isTrue();
        assertThat(CALENDAR.isOpen(jst("2026-06-08T17:00"))).isFalse();
    }

    @Test
    void nextOpening_whileOpen_isNow_andAfterClosing_isNextBusinessMorning() {
        assertThat(CALENDAR.nextOpening(jst("2026-06-08T11:00"))).isEqualTo(jst("2026-06-08T11:00"));
        assertThat(CALENDAR.nextOpening(jst("2026-06-05T17:00"))).isEqualTo(jst("2026-06-08T09:00"));
        assertThat(CALENDAR.nextOpening(jst("2026-06-08T06:00"))).isEqualTo(jst("2026-06-08T09:00"));
    }

    @Test
    void addBusinessHours_fridayAfternoon_continuesMonday() {
        assertThat(CALENDAR.addBusinessHours(jst("2026-06-05T16:00"), Duration.ofHours(2)))
                .isEqualTo(jst("2026-06-08T10:00"));
    }

    @Test
    void addBusinessHours_startOnSaturday_countsFromMondayOpening() {
        assertThat(CALENDAR.addBusinessHours(jst("2026-06-06T13:00"), Duration.ofMinutes(90)))
                .isEqualTo(jst("2026-06-08T10:30"));
    }

    @Test
    void addBusinessHours_endingExactlyAtClosing_staysThatDay() {
        assertThat(CALENDAR.addBusinessHours(jst("2026-06-08T09:00"), Duration.ofHours(8)))
                .isEqualTo(jst("2026-06-08T17:00"));
    }

    @Test
    void addBusinessHours_acrossYearEnd_resumesOnJanuaryFourth() {
        assertThat(CALENDAR.addBusinessHours(jst("2026-12-28T16:00"), Duration.ofHours(2)))
                .isEqualTo(jst("2027-01-04T10:00"));
    }

    @Test
    void addBusinessHours_acrossGoldenWeek_skipsToThursday() {
        assertThat(CALENDAR.addBusinessHours(jst("2026-05-01T16:00"), Duration.ofHours(2)))
                .isEqualTo(jst("2026-05-07T10:00"));
    }

    @Test
    void addBusinessHours_acrossSilverWeek2015_skipsFiveDays() {
        assertThat(CALENDAR.addBusinessHours(jst("2015-09-18T16:30"), Duration.ofHours(1)))
                .isEqualTo(jst("2015-09-24T09:30"));
    }

    @Test
    void addBusinessHours_offsetDateTimeInUtc_answersInJst() {
        OffsetDateTime start = OffsetDateTime.of(2026, 6, 5, 7, 0, 0, 0, ZoneOffset.UTC); // 16:00 JST
        assertThat(CALENDAR.addBusinessHours(start, Duration.ofHours(2)))
                .isEqualTo(OffsetDateTime.parse("2026-06-08T10:00+09:00"));
    }

    @Test
    void addBusinessHours_negative_isRefused() {
        assertThatThrownBy(() -> CALENDAR.addBusinessHours(jst("2026-06-08T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessTimeBetween_overAWeekend_countsOnlyOpenHours() {
        assertThat(CALENDAR.businessTimeBetween(jst("2026-06-05T15:00"), jst("2026-06-08T10:30")))
                .isEqualTo(Duration.ofMinutes(210));
        assertThat(CALENDAR.businessTimeBetween(jst("2026-06-08T10:30"), jst("2026-06-05T15:00")))
                .isEqualTo(Duration.ofMinutes(-210));
    }

    @Test
    void businessTimeBetween_wholeYear2026_is240WorkingDays() {
        // 365 days - 104 weekend days - 17 weekday holidays (5/3 falls on Sunday) - 4 weekday
        // year-end days that are not holidays (1/2 Fri, 12/29-12/31 Tue-Thu) = 240
        assertThat(CALENDAR.businessTimeBetween(jst("2026-01-01T00:00"), jst("2027-01-01T00:00")))
                .isEqualTo(Duration.ofHours(8L * 240));
    }

    @Test
    void addThenMeasure_overYears_isTheInverse() {
        for (long minutes : new long[] {1, 479, 480, 481, 60 * 8 * 250 + 7, 60 * 10_000}) {
            var start = jst("2025-12-26T13:17");
            var end = CALENDAR.addBusinessHours(start, Duration.ofMinutes(minutes));
            assertThat(CALENDAR.businessTimeBetween(start, end)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void settings_customHoursAndClosedDay_areHonoured() {
        // given the office opens 8:30-17:15 and closes on Monday 2026-06-08
        var settings = BusinessCalendarSettings.defaults()
                .withHours(LocalTime.of(8, 30), LocalTime.of(17, 15))
                .withAdditionalClosedDays(Set.of(LocalDate.of(2026, 6, 8)));
        var calendar = new BusinessCalendar(CALENDAR.holidays(), settings);

        // when / then
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 6, 8))).isFalse();
        assertThat(calendar.addBusinessHours(jst("2026-06-05T17:15"), Duration.ofHours(1)))
                .isEqualTo(jst("2026-06-09T09:30"));
    }

    @Test
    void settings_openingAfterClosing_isRefused() {
        assertThatThrownBy(() -> BusinessCalendarSettings.defaults().withHours(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .hasMessage("opening 17:00 must be before closing 09:00");
    }
}
