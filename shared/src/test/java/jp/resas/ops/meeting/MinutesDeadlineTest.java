package jp.resas.ops.meeting;

import static jp.resas.ops.calendar.CalendarFixtures.CALENDAR;
import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesDeadlineTest {

    @Test
    void meetingOnTuesday_isDueFridaySameTime_reminderThursday() {
        MinutesDeadline d = MinutesDeadline.after(jst("2026-11-17T15:00"), CALENDAR);

        assertThat(d.dueAt()).isEqualTo(jst("2026-11-20T15:00"));
        assertThat(d.reminderAt()).isEqualTo(jst("2026-11-19T15:00"));
    }

    @Test
    void fridayBeforeAHolidayMonday_skipsTheWeekendAndKinroKanshaNoHi() {
        // 2026-11-23 (Mon) is 勤労感謝の日: Fri 2 h, Tue 8 h, Wed 8 h, Thu 6 h
        MinutesDeadline d = MinutesDeadline.after(jst("2026-11-20T15:00"), CALENDAR);

        assertThat(d.dueAt()).isEqualTo(jst("2026-11-26T15:00"));
        assertThat(d.reminderAt()).isEqualTo(jst("2026-11-25T15:00"));
    }

    @Test
    void yearEnd_skipsDecember29ToJanuary3() {
        // Fri 12/25 1 h, Mon 12/28 8 h, closed 12/29-1/3, Mon 1/4 8 h, Tue 1/5 7 h
        MinutesDeadline d = MinutesDeadline.after(jst("2026-12-25T16:00"), CALENDAR);

        assertThat(d.dueAt()).isEqualTo(jst("2027-01-05T16:00"));
        assertThat(d.reminderAt()).isEqualTo(jst("2027-01-04T16:00"));
    }

    @Test
    void meetingEndingAfterHours_countsFromTheNextOpening() {
        MinutesDeadline d = MinutesDeadline.after(jst("2026-11-17T18:30"), CALENDAR);

        assertThat(d.dueAt()).isEqualTo(jst("2026-11-20T17:00"));
        assertThat(d.reminderAt()).isEqualTo(jst("2026-11-19T17:00"));
    }
}
