package jp.resas.ops.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import jp.resas.ops.calendar.BusinessCalendar;

/**
 * When the scheduled reports are due, by the government calendar: the monthly report of a month at
 * the first business hour of the next month (09:00 JST on its first 開庁日), the weekly report of an
 * ISO week at the first business hour of the next week (Monday 09:00, or the next 開庁日 when Monday is
 * closed). The schedule runs every business hour of the days it could fall on, and each run asks for
 * the latest period due; generating it is idempotent.
 */
public final class ReportSchedule {

    private ReportSchedule() {
    }

    /** The latest period of {@code kind} (MONTHLY or WEEKLY) whose report is due at {@code now}. */
    public static String latestDue(ReportKind kind, Instant now, BusinessCalendar calendar) {
        LocalDate today = now.atOffset(BusinessCalendar.JST).toLocalDate();
        return switch (kind) {
            case MONTHLY -> {
                YearMonth month = YearMonth.from(today);
                yield (now.isBefore(dueOf(month.atDay(1), calendar)) ? month.minusMonths(2) : month.minusMonths(1))
                        .toString();
            }
            case WEEKLY -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield weekKey(now.isBefore(dueOf(monday, calendar)) ? monday.minusWeeks(2) : monday.minusWeeks(1));
            }
            default -> throw new IllegalArgumentException(kind + " reports are not scheduled (MONTHLY or WEEKLY)");
        };
    }

    /** The first business hour on or after {@code day}. */
    public static Instant dueOf(LocalDate day, BusinessCalendar calendar) {
        return calendar.nextOpening(day.atStartOfDay().toInstant(BusinessCalendar.JST));
    }

    /** {@code 2026-W48} for any day of that ISO week. */
    public static String weekKey(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
