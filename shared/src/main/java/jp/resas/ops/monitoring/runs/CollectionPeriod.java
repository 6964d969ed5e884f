package jp.resas.ops.monitoring.runs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The days a run covers, {@code [start, end)}, as dates in Japan time (the report's calendar).
 * {@code label} is how the period is recorded: {@code 2026-11-26} or {@code 2026-11}.
 */
public record CollectionPeriod(LocalDate start, LocalDate end, String label) {

    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    public CollectionPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period end " + end + " must be after start " + start);
        }
    }

    public static CollectionPeriod day(LocalDate day) {
        return new CollectionPeriod(day, day.plusDays(1), day.toString());
    }

    public static CollectionPeriod month(YearMonth month) {
        return new CollectionPeriod(month.atDay(1), month.plusMonths(1).atDay(1), month.toString());
    }

    public YearMonth yearMonth() {
        return YearMonth.from(start);
    }

    public boolean isDay() {
        return end.equals(start.plusDays(1));
    }
}
