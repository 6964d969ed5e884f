package jp.resas.ops.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable, fully parsed holiday list (e.g. the Cabinet Office's {@code syukujitsu.csv}),
 * authoritative for every year from its first to its last.
 */
public final class HolidayList {

    private final String source;
    private final Map<LocalDate, Holiday> byDate;
    private final List<Holiday> all;
    private final int firstYear;
    private final int lastYear;

    HolidayList(String source, Collection<Holiday> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("a holiday list needs at least one holiday");
        }
        var sorted = new TreeMap<LocalDate, Holiday>();
        holidays.forEach(h -> sorted.put(h.date(), h));
        this.source = source;
        this.byDate = Map.copyOf(sorted);
        this.all = List.copyOf(sorted.values());
        this.firstYear = sorted.firstKey().getYear();
        this.lastYear = sorted.lastKey().getYear();
    }

    /** Where the list came from, e.g. a file name; for messages and audit. */
    public String source() {
        return source;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** True when this list is the authority for {@code year}. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** The year's holidays in date order; empty for a year the list does not cover. */
    public List<Holiday> holidaysOf(int year) {
        return all.stream().filter(h -> h.date().getYear() == year).toList();
    }

    /** Every holiday in date order. */
    public List<Holiday> all() {
        return all;
    }
}
