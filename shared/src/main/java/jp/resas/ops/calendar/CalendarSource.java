package jp.resas.ops.calendar;

/**
 * Where the business calendar in force comes from (port): the shipped holidays and default hours, or
 * what administrators saved. SLAs ask it on every evaluation, so a change applies at once.
 */
public interface CalendarSource {

    BusinessCalendar current();
}
