package jp.resas.ops.calendaradmin.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;

/** Reads calendar request values, refusing each bad one by name. */
final class CalendarInput {

    private CalendarInput() {
    }

    static LocalTime time(Map<String, Object> body, String field) {
        try {
            return LocalTime.parse(String.valueOf(body.get(field)));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は HH:mm 形式の時刻で指定してください。");
        }
    }

    static long version(Map<String, Object> body) {
        if (body.get("version") instanceof Number n) {
            return n.longValue();
        }
        throw new InvalidInputException("version", "version (取得時の版) を指定してください。");
    }

    static LocalDate day(String value) {
        try {
            return jp.resas.ops.common.SaneDates.date("day", LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "day は YYYY-MM-DD 形式の日付で指定してください。");
        }
    }
}
