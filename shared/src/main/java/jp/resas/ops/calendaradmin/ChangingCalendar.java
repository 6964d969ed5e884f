package jp.resas.ops.calendaradmin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.HolidayList;
import jp.resas.ops.calendar.HolidayListFormatException;
import jp.resas.ops.calendar.HolidayListParser;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/**
 * Administrators change the business calendar. Each change moves the settings' version on, so every
 * SLA is computed against the new calendar from the next read; nothing stored needs recomputing.
 */
public final class ChangingCalendar {

    private final CalendarSettingsStore store;
    private final AuditLog audit;

    public ChangingCalendar(CalendarSettingsStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public void setHours(LocalTime opening, LocalTime closing, long version, Actor actor) {
        if (opening == null || closing == null || !opening.isBefore(closing)) {
            throw new InvalidInputException("closing", "閉庁時刻 (closing) は開庁時刻 (opening) より後にしてください。");
        }
        requireVersion(version);
        store.saveHours(opening, closing, actor.name());
        record(actor, "calendar.hours", Map.of("opening", opening.toString(), "closing", closing.toString()));
    }

    public void closeDay(LocalDate day, String reason, Actor actor) {
        String why = Texts.required("reason", reason, 200);
        if (day == null) {
            throw new InvalidInputException("day", "day は YYYY-MM-DD 形式で指定してください。");
        }
        store.lock();
        if (!store.addClosedDay(day, why, actor.name())) {
            throw new ConflictException("ALREADY_CLOSED", "day", day + " は既に閉庁日です。");
        }
        record(actor, "calendar.close_day", Map.of("day", day.toString(), "reason", why));
    }

    public void reopenDay(LocalDate day, Actor actor) {
        store.lock();
        if (!store.removeClosedDay(day, actor.name())) {
            throw new jp.resas.ops.common.NotFoundException(day + " は追加された閉庁日ではありません。");
        }
        record(actor, "calendar.reopen_day", Map.of("day", day.toString()));
    }

    /** Checks the whole file first; a bad file is refused naming its line, and nothing is imported. */
    public HolidayList importHolidays(byte[] content, String source, Actor actor) {
        HolidayList list;
        try {
            list = new HolidayListParser().parse(content, source);
        } catch (HolidayListFormatException e) {
            throw new InvalidInputException("file", "祝日ファイルを読み込めません: " + e.getMessage());
        }
        store.lock();
        store.saveImport(source, content, list.firstYear(), list.lastYear(), actor.name());
        record(actor, "calendar.import_holidays", Map.of("source", source, "firstYear", list.firstYear(),
                "lastYear", list.lastYear(), "holidays", list.all().size()));
        return list;
    }

    private void requireVersion(long expected) {
        long actual = store.lock();
        if (actual != expected) {
            throw ConflictException.staleVersion(expected, actual);
        }
    }

    private void record(Actor actor, String action, Map<String, Object> details) {
        audit.append(new AuditEntry(actor.name(), action, "calendar", "business-calendar", details, actor.source()));
    }
}
