package jp.resas.ops.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * One calendar year's 開庁日 and the business time before each of its days, in nanoseconds from the year's first
 * midnight (JST): business time up to an instant of the year is one array read plus the part of its own day, and the
 * instant at which a running total is reached is a binary search. Built once per year per calendar, immutable.
 */
final class BusinessYear {

    private final int year;
    private final boolean[] open;
    /** {@code before[i]}: business nanoseconds of the year's days {@code 0..i-1}; {@code before[days]} the year's total. */
    private final long[] before;
    private final long opening;
    private final long closing;

    private BusinessYear(int year, boolean[] open, long[] before, long opening, long closing) {
        this.year = year;
        this.open = open;
        this.before = before;
        this.opening = opening;
        this.closing = closing;
    }

    /** The year's table from the day rule {@code businessDay}, with business hours from opening to closing. */
    static BusinessYear of(int year, Predicate<LocalDate> businessDay, BusinessCalendarSettings settings) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        boolean[] open = new boolean[days];
        long[] before = new long[days + 1];
        long opening = settings.opening().toNanoOfDay();
        long closing = settings.closing().toNanoOfDay();
        for (int i = 0; i < days; i++) {
            open[i] = businessDay.test(first.plusDays(i));
            before[i + 1] = before[i] + (open[i] ? closing - opening : 0);
        }
        return new BusinessYear(year, open, before, opening, closing);
    }

    int year() {
        return year;
    }

    boolean isBusinessDay(LocalDate date) {
        return open[date.getDayOfYear() - 1];
    }

    /** The year's business time in nanoseconds. */
    long total() {
        return before[open.length];
    }

    /** Business nanoseconds of the year up to {@code t}, which must fall in this year (JST). */
    long upTo(OffsetDateTime t) {
        int day = t.getDayOfYear() - 1;
        if (!open[day]) {
            return before[day];
        }
        long time = t.toLocalTime().toNanoOfDay();
        return before[day] + Math.max(0, Math.min(time, closing) - opening);
    }

    /**
     * The JST date-time at which the year's business time reaches {@code total} (greater than zero, at most
     * {@link #total()}): the earliest such instant, so a total reached at closing time is closing time.
     */
    OffsetDateTime reaching(long total) {
        int k = Arrays.binarySearch(before, 1, before.length, total);
        if (k < 0) {
            k = -k - 1;
        } else {
            while (k > 1 && before[k - 1] == total) {
                k--;
            }
        }
        int day = k - 1;
        return LocalDate.ofYearDay(year, day + 1).atStartOfDay().plusNanos(opening + total - before[day])
                .atOffset(BusinessCalendar.JST);
    }
}
