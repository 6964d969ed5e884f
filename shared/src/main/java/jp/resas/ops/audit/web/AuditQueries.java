package jp.resas.ops.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import jp.resas.ops.audit.AuditQuery;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/** Reads the query of GET /audit, refusing by parameter name. Dates are JST days or ISO-8601 instants. */
final class AuditQueries {

    static final int DEFAULT_LIMIT = 100;
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private AuditQueries() {
    }

    static AuditQuery query(String actor, String action, String targetType, String targetId, String from,
            String until, String limit, String cursor) {
        return new AuditQuery(text("actor", actor), text("action", action), text("targetType", targetType),
                text("targetId", targetId), instant("from", from), instant("until", until), limit(limit),
                Optional.ofNullable(cursor).map(AuditQueries::cursor));
    }

    private static Optional<String> text(String field, String value) {
        return Optional.ofNullable(Texts.optional(field, value, 200));
    }

    private static Optional<Instant> instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant at = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(JST).toInstant() : Instant.parse(value);
            return Optional.of(jp.resas.ops.common.SaneDates.instant(field, at));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM-DD (日本時間の日) か ISO-8601 の日時で指定してください。");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= AuditQuery.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw new InvalidInputException("limit", "limit は 1 から " + AuditQuery.MAX_LIMIT + " の整数で指定してください。");
    }

    private static long cursor(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor を指定してください。");
    }
}
