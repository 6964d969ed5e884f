package jp.resas.ops.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Government business hours: open from {@code opening} to {@code closing} JST on 開庁日, i.e. not
 * Saturday or Sunday, not a holiday, not 12/29-1/3 (行政機関の休日に関する法律) and not a day the
 * administrators closed.
 *
 * <p>The arithmetic reads a table per calendar year ({@link BusinessYear}: the year's 開庁日 and the business time
 * before each day), built on first use and kept by this immutable calendar: business time between two instants is a
 * subtraction and the instant a business duration ends is a binary search, so evaluating the SLA of thousands of
 * tickets costs no walk over their days. {@link #dayByDay} is the same calendar answering by walking the days one
 * by one, as it did before the tables: the reference the tables are tested against.
 */
public final class BusinessCalendar {

    /** Japan has no daylight saving time, so a fixed offset is exact. */
    public static final ZoneOffset JST = ZoneOffset.ofHours(9);
    /** A calendar with no 開庁日 in this many days is misconfigured, not merely quiet. */
    private static final int MAX_CLOSED_STREAK = 3660;

    private final HolidayCalendar holidays;
    private final BusinessCalendarSettings settings;
    /** Null for the day-by-day reference. */
    private final Map<Integer, BusinessYear> years;

    public BusinessCalendar(HolidayCalendar holidays, BusinessCalendarSettings settings) {
        this(holidays, settings, true);
    }

    private BusinessCalendar(HolidayCalendar holidays, BusinessCalendarSettings settings, boolean tables) {
        this.holidays = holidays;
        this.settings = settings;
        this.years = tables ? new ConcurrentHashMap<>() : null;
    }

    /** The same calendar without the year tables: every answer by walking the days (the tests' reference). */
    public static BusinessCalendar dayByDay(HolidayCalendar holidays, BusinessCalendarSettings settings) {
        return new BusinessCalendar(holidays, settings, false);
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    public BusinessCalendarSettings settings() {
        return settings;
    }

    /** True on a 開庁日. */
    public boolean isBusinessDay(LocalDate date) {
        return years == null ? byRule(date) : year(date.getYear()).isBusinessDay(date);
    }

    private boolean byRule(LocalDate date) {
        return date.getDayOfWeek() != SATURDAY && date.getDayOfWeek() != SUNDAY
                && !isYearEndClosure(date)
                && !holidays.isHoliday(date)
                && !settings.additionalClosedDays().contains(date);
    }

    /** True when {@code t} falls within business hours (opening inclusive, closing exclusive). */
    public boolean isOpen(Instant t) {
        var local = t.atOffset(JST);
        return isBusinessDay(local.toLocalDate())
                && !local.toLocalTime().isBefore(settings.opening())
                && local.toLocalTime().isBefore(settings.closing());
    }

    /** {@code t} itself when open, otherwise the start of the next business hours. */
    public Instant nextOpening(Instant t) {
        LocalDate day = t.atOffset(JST).toLocalDate();
        if (isBusinessDay(day) && t.isBefore(closing(day))) {
            Instant opening = opening(day);
            return t.isBefore(opening) ? opening : t;
        }
        return opening(nextBusinessDayAfter(day));
    }

    /**
     * The instant {@code amount} of business time after {@code start}; a start outside business
     * hours counts from the next opening, and a result that lands on closing time stays there.
     */
    public Instant addBusinessHours(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add negative business time: " + amount);
        }
        if (years != null && !amount.isZero()) {
            Instant found = addByTables(start, amount.toNanos());
            if (found != null) {
                return found;
            }
        }
        return addByWalking(start, amount);
    }

    /**
     * The earliest instant at which the business time since {@code start} reaches {@code nanos} (above zero), read
     * from the year tables; null when a whole year without 開庁日 comes first (the walk then says what is wrong).
     */
    private Instant addByTables(Instant start, long nanos) {
        OffsetDateTime from = start.atOffset(JST);
        BusinessYear year = year(from.getYear());
        long target = year.upTo(from) + nanos;
        while (target > year.total()) {
            target -= year.total();
            year = year(year.year() + 1);
            if (year.total() == 0) {
                return null;
            }
        }
        return year.reaching(target).toInstant();
    }

    private Instant addByWalking(Instant start, Duration amount) {
        Instant cursor = nextOpening(start);
        Duration remaining = amount;
        while (true) {
            Instant close = closing(cursor.atOffset(JST).toLocalDate());
            Duration available = Duration.between(cursor, close);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = nextOpening(close);
        }
    }

    /** As {@link #addBusinessHours(Instant, Duration)}, answered at +09:00. */
    public OffsetDateTime addBusinessHours(OffsetDateTime start, Duration amount) {
        return addBusinessHours(start.toInstant(), amount).atOffset(JST);
    }

    /** Business time from {@code a} to {@code b}; negative when {@code b} is before {@code a}. */
    public Duration businessTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return businessTimeBetween(b, a).negated();
        }
        if (years != null) {
            OffsetDateTime from = a.atOffset(JST);
            OffsetDateTime to = b.atOffset(JST);
            long nanos = -year(from.getYear()).upTo(from);
            for (int y = from.getYear(); y < to.getYear(); y++) {
                nanos += year(y).total();
            }
            return Duration.ofNanos(nanos + year(to.getYear()).upTo(to));
        }
        Duration total = Duration.ZERO;
        LocalDate last = b.atOffset(JST).toLocalDate();
        for (LocalDate day = a.atOffset(JST).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                Instant from = max(a, opening(day));
                Instant to = min(b, closing(day));
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    private BusinessYear year(int year) {
        return years.computeIfAbsent(year, y -> BusinessYear.of(y, this::byRule, settings));
    }

    /** 行政機関の休日に関する法律 article 1: December 29 to January 3. */
    private static boolean isYearEndClosure(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return (month == 12 && day >= 29) || (month == 1 && day <= 3);
    }

    private LocalDate nextBusinessDayAfter(LocalDate day) {
        LocalDate candidate = day.plusDays(1);
        for (int i = 0; i < MAX_CLOSED_STREAK; i++, candidate = candidate.plusDays(1)) {
            if (isBusinessDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no business day within " + MAX_CLOSED_STREAK
                + " days after " + day + "; check the closed days in the settings");
    }

    private Instant opening(LocalDate day) {
        return day.atTime(settings.opening()).toInstant(JST);
    }

    private Instant closing(LocalDate day) {
        return day.atTime(settings.closing()).toInstant(JST);
    }

    private static Instant max(Instant x, Instant y) {
        return x.isAfter(y) ? x : y;
    }

    private static Instant min(Instant x, Instant y) {
        return x.isBefore(y) ? x : y;
    }
}
