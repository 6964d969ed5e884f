package jp.resas.ops.incident.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.common.Texts;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.IncidentSource;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.PageCursor;

/** Reads the list's query parameters, refusing each bad one by name. */
final class IncidentQueries {

    static final int DEFAULT_LIMIT = 50;
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private IncidentQueries() {
    }

    static IncidentQuery of(String status, String severity, String limit, String cursor) {
        return of(status, severity, null, null, null, null, limit, cursor);
    }

    /**
     * With the source, the period (dates in Japan time, both days included) and a text found in the title
     * or the alarm's name.
     */
    static IncidentQuery of(String status, String severity, String source, String from, String to, String text,
            String limit, String cursor) {
        Optional<LocalDate> first = Optional.ofNullable(from).map(value -> date("from", value));
        Optional<LocalDate> last = Optional.ofNullable(to).map(value -> date("to", value));
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new InvalidInputException("to", "期間の終わり (to) は始まり (from) 以降の日付を指定してください。");
        }
        return new IncidentQuery(
                Optional.ofNullable(status).map(IncidentQueries::status),
                Optional.ofNullable(severity).map(value -> number("severity", value, 1, 4)),
                Optional.ofNullable(source).map(value -> Texts.oneOf("source", value, IncidentSource.class)),
                first.map(day -> day.atStartOfDay(JST).toInstant()),
                last.map(day -> day.plusDays(1).atStartOfDay(JST).toInstant()),
                Optional.ofNullable(text).map(value -> Texts.optional("q", value, IncidentQuery.MAX_TEXT)),
                limit == null ? DEFAULT_LIMIT : number("limit", limit, 1, IncidentQuery.MAX_LIMIT),
                Optional.ofNullable(cursor).map(IncidentQueries::cursor));
    }

    private static LocalDate date(String field, String value) {
        try {
            return SaneDates.date(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM-DD 形式の日付で指定してください。");
        }
    }

    static IncidentId id(long id) {
        if (id <= 0) {
            throw new InvalidInputException("id", "障害 ID は正の整数で指定してください。");
        }
        return new IncidentId(id);
    }

    private static IncidentStatus status(String value) {
        try {
            return IncidentStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status は DETECTED, MITIGATED, ROOT_CAUSE_IDENTIFIED, "
                    + "RESOLVED, CLOSED のいずれかを指定してください。");
        }
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the same refusal as an out-of-range number
        }
        throw new InvalidInputException(field, field + " は " + min + " から " + max + " の整数で指定してください。");
    }

    private static PageCursor cursor(String value) {
        try {
            return PageCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor を指定してください。");
        }
    }
}
