package jp.resas.ops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.BusinessCalendarSettings;
import jp.resas.ops.calendar.HolidayCalendar;
import org.junit.jupiter.api.Test;

/** The scheduled reports fall due at the first business hour of the next month or week, by the government calendar. */
class ReportScheduleTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(HolidayCalendar.shipped(),
            BusinessCalendarSettings.defaults());

    private static Instant jst(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(9)).toInstant();
    }

    @Test
    void monthly_isDueAtNineOnTheFirstBusinessDay_notBefore() {
        // 2026-12-01 is a Tuesday, a business day.
        assertThat(ReportSchedule.latestDue(ReportKind.MONTHLY, jst(2026, 12, 1, 8, 59), CALENDAR)).isEqualTo("2026-10");
        assertThat(ReportSchedule.latestDue(ReportKind.MONTHLY, jst(2026, 12, 1, 9, 0), CALENDAR)).isEqualTo("2026-11");
        assertThat(ReportSchedule.latestDue(ReportKind.MONTHLY, jst(2026, 12, 24, 15, 0), CALENDAR)).isEqualTo("2026-11");
    }

    @Test
    void monthly_afterTheNewYearClosure_waitsForTheFirstOpenDay() {
        // 1/1-1/3 are closed (行政機関の休日); 2027-01-04 is a Monday.
        assertThat(ReportSchedule.latestDue(ReportKind.MONTHLY, jst(2027, 1, 1, 9, 0), CALENDAR)).isEqualTo("2026-11");
        assertThat(ReportSchedule.latestDue(ReportKind.MONTHLY, jst(2027, 1, 4, 8, 0), CALENDAR)).isEqualTo("2026-11");
        assertThat(ReportSchedule.latestDue(ReportKind.MONTHLY, jst(2027, 1, 4, 9, 0), CALENDAR)).isEqualTo("2026-12");
    }

    @Test
    void weekly_isDueOnMondaysFirstBusinessHour_orTuesdayAfterAHolidayMonday() {
        assertThat(ReportSchedule.latestDue(ReportKind.WEEKLY, jst(2026, 11, 30, 9, 0), CALENDAR)).isEqualTo("2026-W48");
        assertThat(ReportSchedule.latestDue(ReportKind.WEEKLY, jst(2026, 11, 30, 8, 59), CALENDAR)).isEqualTo("2026-W47");
        // 2026-11-23 (Monday) is 勤労感謝の日: week 47's report waits for Tuesday 09:00.
        assertThat(ReportSchedule.latestDue(ReportKind.WEEKLY, jst(2026, 11, 23, 10, 0), CALENDAR)).isEqualTo("2026-W46");
        assertThat(ReportSchedule.latestDue(ReportKind.WEEKLY, jst(2026, 11, 24, 9, 0), CALENDAR)).isEqualTo("2026-W47");
    }

    @Test
    void weekKeys_followIsoWeekYears() {
        assertThat(ReportSchedule.weekKey(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(ReportSchedule.weekKey(java.time.LocalDate.of(2026, 11, 29))).isEqualTo("2026-W48");
    }

    @Test
    void otherKinds_areNotScheduled() {
        assertThatThrownBy(() -> ReportSchedule.latestDue(ReportKind.INCIDENT, jst(2026, 12, 1, 9, 0), CALENDAR))
                .hasMessageContaining("INCIDENT");
    }
}
