package jp.resas.ops.calendaradmin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * The saved calendar settings at one {@code version}: hours, closed days with their reasons, and the
 * newest imported holiday file, if any.
 */
public record CalendarSettings(long version, LocalTime opening, LocalTime closing,
        Map<LocalDate, String> closedDays, Optional<ImportedList> holidays) {

    public CalendarSettings {
        closedDays = Map.copyOf(closedDays);
    }

    /** An imported holiday file as it was uploaded. */
    public record ImportedList(String source, byte[] content) {
    }
}
