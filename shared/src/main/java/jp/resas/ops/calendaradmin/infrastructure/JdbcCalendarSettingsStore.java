package jp.resas.ops.calendaradmin.infrastructure;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.calendaradmin.CalendarSettings;
import jp.resas.ops.calendaradmin.CalendarSettingsStore;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcCalendarSettingsStore implements CalendarSettingsStore {

    private final Sql sql;

    JdbcCalendarSettingsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long version() {
        return sql.queryOne("SELECT version FROM calendar_setting WHERE id = 1", row -> row.getLong(1)).orElseThrow();
    }

    @Override
    public CalendarSettings load() {
        Map<LocalDate, String> closed = new HashMap<>();
        sql.query("SELECT day, reason FROM calendar_closed_day", row -> closed.put(
                row.getObject("day", LocalDate.class), row.getString("reason")));
        Optional<CalendarSettings.ImportedList> holidays = sql.queryOne(
                "SELECT source, content FROM holiday_list_import ORDER BY id DESC LIMIT 1",
                row -> new CalendarSettings.ImportedList(row.getString(1), row.getBytes(2)));
        return sql.queryOne("SELECT version, opening, closing FROM calendar_setting WHERE id = 1",
                row -> new CalendarSettings(row.getLong(1), row.getObject(2, LocalTime.class),
                        row.getObject(3, LocalTime.class), closed, holidays)).orElseThrow();
    }

    @Override
    public long lock() {
        return sql.queryOne("SELECT version FROM calendar_setting WHERE id = 1 FOR UPDATE", row -> row.getLong(1))
                .orElseThrow();
    }

    @Override
    public void saveHours(LocalTime opening, LocalTime closing, String by) {
        sql.update("UPDATE calendar_setting SET opening = ?, closing = ? WHERE id = 1", opening, closing);
        bump(by);
    }

    @Override
    public boolean addClosedDay(LocalDate day, String reason, String by) {
        boolean added = sql.update("INSERT INTO calendar_closed_day (day, reason, added_by) VALUES (?, ?, ?) "
                + "ON CONFLICT (day) DO NOTHING", day, reason, by) == 1;
        bump(by);
        return added;
    }

    @Override
    public boolean removeClosedDay(LocalDate day, String by) {
        boolean removed = sql.update("DELETE FROM calendar_closed_day WHERE day = ?", day) == 1;
        bump(by);
        return removed;
    }

    @Override
    public void saveImport(String source, byte[] content, int firstYear, int lastYear, String by) {
        sql.update("INSERT INTO holiday_list_import (source, content, first_year, last_year, imported_by) "
                + "VALUES (?, ?, ?, ?, ?)", source, content, firstYear, lastYear, by);
        bump(by);
    }

    @Override
    public Optional<String> latestImportSource() {
        return sql.queryOne("SELECT source FROM holiday_list_import ORDER BY id DESC LIMIT 1", row -> row.getString(1));
    }

    private void bump(String by) {
        sql.update("UPDATE calendar_setting SET version = version + 1, updated_by = ?, updated_at = now() WHERE id = 1",
                by);
    }
}
