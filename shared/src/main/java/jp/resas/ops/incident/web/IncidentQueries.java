package jp.resas.ops.incident.web;

import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.PageCursor;

/** Reads the list's query parameters, refusing each bad one by name. */
final class IncidentQueries {

    static final int DEFAULT_LIMIT = 50;

    private IncidentQueries() {
    }

    static IncidentQuery of(String status, String severity, String limit, String cursor) {
        return new IncidentQuery(
                Optional.ofNullable(status).map(IncidentQueries::status),
                Optional.ofNullable(severity).map(value -> number("severity", value, 1, 4)),
                limit == null ? DEFAULT_LIMIT : number("limit", limit, 1, IncidentQuery.MAX_LIMIT),
                Optional.ofNullable(cursor).map(IncidentQueries::cursor));
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
