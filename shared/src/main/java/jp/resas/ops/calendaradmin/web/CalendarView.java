package jp.resas.ops.calendaradmin.web;

import java.util.Map;
import java.util.TreeMap;
import jp.resas.ops.calendaradmin.CalendarSettings;

/** The settings as the API shows them; {@code version} is what an hours change must send back. */
record CalendarView(long version, String opening, String closing, Map<String, String> closedDays,
        String holidaySource) {

    static CalendarView of(CalendarSettings s) {
        Map<String, String> closed = new TreeMap<>();
        s.closedDays().forEach((day, reason) -> closed.put(day.toString(), reason));
        return new CalendarView(s.version(), s.opening().toString(), s.closing().toString(), closed,
                s.holidays().map(CalendarSettings.ImportedList::source).orElse("syukujitsu.csv (同梱)"));
    }
}
