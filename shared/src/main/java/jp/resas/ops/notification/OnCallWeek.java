package jp.resas.ops.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Which rota week and shift answer at a moment: weeks start on Monday, Japan time. */
public record OnCallWeek(LocalDate weekStart, Shift shift) {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    public static OnCallWeek at(Instant moment, boolean businessHours) {
        LocalDate day = moment.atOffset(JST).toLocalDate();
        return new OnCallWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                businessHours ? Shift.BUSINESS_HOURS : Shift.AFTER_HOURS);
    }
}
