package jp.resas.ops.calendaradmin.infrastructure;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.BusinessCalendarSettings;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.calendar.HolidayCalendar;
import jp.resas.ops.calendar.HolidayListParser;
import jp.resas.ops.calendaradmin.CalendarSettings;
import jp.resas.ops.calendaradmin.CalendarSettingsStore;

/**
 * The calendar built from the saved settings. Building parses a holiday file, so the result is kept
 * until the settings' version moves; asking costs one single-row query.
 */
@Singleton
final class PersistedCalendar implements CalendarSource {

    private record Built(long version, BusinessCalendar calendar) {
    }

    private final CalendarSettingsStore store;
    private final HolidayCalendar shipped = HolidayCalendar.shipped();
    private final AtomicReference<Built> built = new AtomicReference<>();

    PersistedCalendar(CalendarSettingsStore store) {
        this.store = store;
    }

    @Override
    public BusinessCalendar current() {
        long version = store.version();
        Built cached = built.get();
        if (cached != null && cached.version() == version) {
            return cached.calendar();
        }
        CalendarSettings settings = store.load();
        HolidayCalendar holidays = settings.holidays()
                .map(list -> shipped.withList(new HolidayListParser().parse(list.content(), list.source())))
                .orElse(shipped);
        BusinessCalendar calendar = new BusinessCalendar(holidays, new BusinessCalendarSettings(settings.opening(),
                settings.closing(), settings.closedDays().keySet()));
        built.set(new Built(settings.version(), calendar));
        return calendar;
    }
}
