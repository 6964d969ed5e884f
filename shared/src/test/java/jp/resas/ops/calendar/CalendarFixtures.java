package jp.resas.ops.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/** Shared calendar fixtures: the shipped calendar with default hours, and JST instants. */
public final class CalendarFixtures {

    /** Parsing the shipped list once keeps the test suite fast; the calendar is immutable. */
    public static final BusinessCalendar CALENDAR =
            new BusinessCalendar(HolidayCalendar.shipped(), BusinessCalendarSettings.defaults());

    private CalendarFixtures() {
    }

    /** An instant from a JST wall-clock time like {@code 2026-06-05T16:00}. */
    public static Instant jst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(BusinessCalendar.JST);
    }
}
