package jp.resas.ops.calendar.law;

import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.resas.ops.calendar.Holiday;
import jp.resas.ops.calendar.law.SpecialDays.SpecialDay;

/**
 * The holidays of 国民の祝日に関する法律 for a year, computed from the law alone. Substitute and
 * citizens' holidays are named {@code 休日}, as in the Cabinet Office list, so the two compare equal.
 */
public final class JapaneseHolidayLaw {

    /** The law took effect on 1948-07-20; 1949 is its first whole year. */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = EquinoxDays.LAST_YEAR;

    /** 振替休日 exist from the 1973 amendment's promulgation on 1973-04-12. */
    private static final LocalDate SUBSTITUTES_FROM = LocalDate.of(1973, 4, 12);
    /** 国民の休日 exist from the 1985 amendment's promulgation on 1985-12-27. */
    private static final LocalDate CITIZENS_HOLIDAYS_FROM = LocalDate.of(1985, 12, 27);
    /** The 2005 amendment, in force 2007-01-01, rewrote both rules (see below). */
    private static final int REVISED_2007 = 2007;
    private static final String KYUJITSU = "休日";

    /** The year's holidays in date order. */
    public List<Holiday> holidaysOf(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the holiday rules cover " + FIRST_YEAR + "-"
                    + LAST_YEAR + " only, not " + year);
        }
        Map<LocalDate, Holiday> national = new TreeMap<>();
        NationalHolidays.of(year).forEach(h -> national.put(h.date(), h));
        List<SpecialDay> special = SpecialDays.of(year);
        special.stream().filter(SpecialDay::countsAsNational)
                .forEach(d -> national.put(d.holiday().date(), d.holiday()));
        Map<LocalDate, Holiday> all = new TreeMap<>(national);
        special.forEach(d -> all.putIfAbsent(d.holiday().date(), d.holiday()));
        substitutes(national.keySet()).forEach(d -> all.putIfAbsent(d, new Holiday(d, KYUJITSU)));
        citizensHolidays(national.keySet(), all.keySet())
                .forEach(d -> all.putIfAbsent(d, new Holiday(d, KYUJITSU)));
        return all.values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /**
     * A 国民の祝日 on a Sunday gives a 振替休日: until 2006 the Monday after it; since 2007 the first
     * following day that is not itself a 国民の祝日 (so Golden Week can push it to Wednesday).
     */
    private static Set<LocalDate> substitutes(Set<LocalDate> national) {
        return national.stream()
                .filter(d -> d.getDayOfWeek() == SUNDAY && !d.isBefore(SUBSTITUTES_FROM))
                .map(d -> {
                    LocalDate next = d.plusDays(1);
                    while (d.getYear() >= REVISED_2007 && national.contains(next)) {
                        next = next.plusDays(1);
                    }
                    return next;
                })
                .filter(d -> !national.contains(d))
                .collect(Collectors.toSet());
    }

    /**
     * A day between two 国民の祝日 is a 国民の休日. Until 2006 the law excluded Sundays and 振替休日;
     * since 2007 it only excludes days that are themselves 国民の祝日.
     */
    private static Set<LocalDate> citizensHolidays(Set<LocalDate> national, Set<LocalDate> daysOff) {
        return national.stream()
                .map(d -> d.plusDays(1))
                .filter(d -> !d.isBefore(CITIZENS_HOLIDAYS_FROM))
                .filter(d -> national.contains(d.plusDays(1)) && !national.contains(d))
                .filter(d -> d.getYear() >= REVISED_2007
                        || (d.getDayOfWeek() != SUNDAY && !daysOff.contains(d)))
                .collect(Collectors.toSet());
    }
}
