package jp.resas.ops.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.resas.ops.calendar.law.JapaneseHolidayLaw;

/**
 * Japanese national holidays for any year: the holiday list where it covers the year (the Cabinet
 * Office is the authority, and it also knows of special days no rule predicts), the law's rules
 * beyond it. Immutable; importing a newer list gives a new calendar via {@link #withList}.
 */
public final class HolidayCalendar {

    private final HolidayList list;
    private final JapaneseHolidayLaw law;
    /** Per-instance memo: a year's holidays never change within one calendar. */
    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    public HolidayCalendar(HolidayList list, JapaneseHolidayLaw law) {
        this.list = list;
        this.law = law;
    }

    /** The calendar from the shipped Cabinet Office list and the law. */
    public static HolidayCalendar shipped() {
        return new HolidayCalendar(new HolidayListParser().parseShipped(), new JapaneseHolidayLaw());
    }

    /** The same rules with another list, e.g. a newer file an administrator imported. */
    public HolidayCalendar withList(HolidayList newer) {
        return new HolidayCalendar(newer, law);
    }

    public HolidayList list() {
        return list;
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    public boolean isHoliday(LocalDate date) {
        return year(date.getYear()).containsKey(date);
    }

    /** The year's holidays in date order. */
    public List<Holiday> holidaysOf(int year) {
        return year(year).values().stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }

    private Map<LocalDate, Holiday> year(int year) {
        return byYear.computeIfAbsent(year, y -> {
            List<Holiday> holidays = list.covers(y) ? list.holidaysOf(y) : law.holidaysOf(y);
            return holidays.stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));
        });
    }
}
