package jp.resas.ops.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * What administrators may change about business hours, as one immutable value; whoever persists
 * settings builds it and hands it to {@link BusinessCalendar}.
 *
 * @param opening              when the office opens on a 開庁日, JST (default 09:00)
 * @param closing              when it closes, JST, exclusive (default 17:00)
 * @param additionalClosedDays days closed besides weekends, holidays and 12/29-1/3 (default none)
 */
public record BusinessCalendarSettings(
        LocalTime opening, LocalTime closing, Set<LocalDate> additionalClosedDays) {

    public static final LocalTime DEFAULT_OPENING = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_CLOSING = LocalTime.of(17, 0);

    public BusinessCalendarSettings {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        if (!opening.isBefore(closing)) {
            throw new IllegalArgumentException(
                    "opening " + opening + " must be before closing " + closing);
        }
        additionalClosedDays = Set.copyOf(additionalClosedDays);
    }

    /** 9:00-17:00 JST with no extra closed days. */
    public static BusinessCalendarSettings defaults() {
        return new BusinessCalendarSettings(DEFAULT_OPENING, DEFAULT_CLOSING, Set.of());
    }

    public BusinessCalendarSettings withHours(LocalTime newOpening, LocalTime newClosing) {
        return new BusinessCalendarSettings(newOpening, newClosing, additionalClosedDays);
    }

    public BusinessCalendarSettings withAdditionalClosedDays(Set<LocalDate> days) {
        return new BusinessCalendarSettings(opening, closing, days);
    }
}
