package jp.resas.ops.calendaradmin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** The saved calendar settings (port). Every write moves the version on. */
public interface CalendarSettingsStore {

    long version();

    CalendarSettings load();

    /** The current version, locking the settings until the transaction ends. */
    long lock();

    void saveHours(LocalTime opening, LocalTime closing, String by);

    /** False when the day was already closed. */
    boolean addClosedDay(LocalDate day, String reason, String by);

    /** False when the day was not closed. */
    boolean removeClosedDay(LocalDate day, String by);

    void saveImport(String source, byte[] content, int firstYear, int lastYear, String by);

    Optional<String> latestImportSource();
}
