package jp.resas.ops.calendaradmin.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendaradmin.CalendarSettings;
import jp.resas.ops.calendaradmin.CalendarSettingsStore;
import jp.resas.ops.calendaradmin.ChangingCalendar;
import jp.resas.ops.common.Actor;

/** The transaction boundary of the calendar settings. */
@Singleton
public class CalendarAdminService {

    private final CalendarSettingsStore store;
    private final ChangingCalendar changing;

    CalendarAdminService(CalendarSettingsStore store, AuditLog audit) {
        this.store = store;
        this.changing = new ChangingCalendar(store, audit);
    }

    @Transactional(readOnly = true)
    public CalendarSettings settings() {
        return store.load();
    }

    @Transactional
    public CalendarSettings setHours(LocalTime opening, LocalTime closing, long version, Actor actor) {
        changing.setHours(opening, closing, version, actor);
        return store.load();
    }

    @Transactional
    public CalendarSettings closeDay(LocalDate day, String reason, Actor actor) {
        changing.closeDay(day, reason, actor);
        return store.load();
    }

    @Transactional
    public CalendarSettings reopenDay(LocalDate day, Actor actor) {
        changing.reopenDay(day, actor);
        return store.load();
    }

    @Transactional
    public CalendarSettings importHolidays(byte[] content, String source, Actor actor) {
        changing.importHolidays(content, source, actor);
        return store.load();
    }
}
