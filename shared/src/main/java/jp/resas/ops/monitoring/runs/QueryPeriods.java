package jp.resas.ops.monitoring.runs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.resas.ops.common.InvalidInputException;

/** Query parameters of the figures' endpoints: a month or a range of days, refused by name when wrong. */
public final class QueryPeriods {

    /** Longest range of days one request may ask for: a little over a year of daily rows. */
    public static final int MAX_DAYS = 400;

    private QueryPeriods() {
    }

    public static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " を yyyy-MM 形式で指定してください。");
        }
        try {
            return jp.resas.ops.common.SaneDates.month(field, YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は yyyy-MM 形式で指定してください（値: " + text + "）。");
        }
    }

    /** {@code [from, to]}, both days included. */
    public static CollectionPeriod days(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "to は from 以降の日付を指定してください。");
        }
        if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
            throw new InvalidInputException("to", "期間は " + MAX_DAYS + " 日以内で指定してください。");
        }
        return new CollectionPeriod(start, end.plusDays(1), start + "/" + end);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " を yyyy-MM-dd 形式で指定してください。");
        }
        try {
            return jp.resas.ops.common.SaneDates.date(field, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は yyyy-MM-dd 形式で指定してください（値: " + text + "）。");
        }
    }
}
