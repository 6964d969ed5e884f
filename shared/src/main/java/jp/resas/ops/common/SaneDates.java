package jp.resas.ops.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one rule for dates and instants that come in (request bodies and query parameters): years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}, else refused by name (400). {@code null} passes: whether a
 * value is required is the caller's rule.
 */
public final class SaneDates {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private SaneDates() {
    }

    public static LocalDate date(String field, LocalDate value) {
        if (value != null) {
            year(field, value.getYear());
        }
        return value;
    }

    public static YearMonth month(String field, YearMonth value) {
        if (value != null) {
            year(field, value.getYear());
        }
        return value;
    }

    /** An instant from 2000-01-01T00:00Z up to (not including) 2101-01-01T00:00Z. */
    public static Instant instant(String field, Instant value) {
        if (value != null) {
            if (value.isBefore(Instant.parse("2000-01-01T00:00:00Z")) || !value.isBefore(Instant.parse("2101-01-01T00:00:00Z"))) {
                refuse(field);
            }
        }
        return value;
    }

    private static void year(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            refuse(field);
        }
    }

    private static void refuse(String field) {
        throw new InvalidInputException(field, field + " は " + FIRST_YEAR + " 年から " + LAST_YEAR + " 年までの日付で指定してください。");
    }
}
