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
import jp.resas.ops.ticket.infrastructure.QueueService;

/** The transaction boundary of the calendar settings; a change recomputes the open items' due times in it. */
@Singleton
public class CalendarAdminService {

    private final CalendarSettingsStore store;
    private final ChangingCalendar changing;
    private final QueueService queues;

    CalendarAdminService(CalendarSettingsStore store, AuditLog audit, QueueService queues) {
        this.store = store;
        this.changing = new ChangingCalendar(store, audit);
        this.queues = queues;
    }

    @Transactional(readOnly = true)
    public CalendarSettings settings() {
        return store.load();
    }

    @Transactional
    public CalendarSettings setHours(LocalTime opening, LocalTime closing, long version, Actor actor) {
        changing.setHours(opening, closing, version, actor);
        queues.recomputeDueTimes();
        return store.load();
    }

    @Transactional
    public CalendarSettings closeDay(LocalDate day, String reason, Actor actor) {
        changing.closeDay(day, reason, actor);
        queues.recomputeDueTimes();
        return store.load();
    }

    @Transactional
    public CalendarSettings reopenDay(LocalDate day, Actor actor) {
        changing.reopenDay(day, actor);
        queues.recomputeDueTimes();
        return store.load();
    }

    @Transactional
    public CalendarSettings importHolidays(byte[] content, String source, Actor actor) {
        changing.importHolidays(content, source, actor);
        queues.recomputeDueTimes();
        return store.load();
    }
}
