package jp.resas.ops.platform.web;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What PostgreSQL refused, said as the client's problem: a duplicate is a 409, a missing reference a
 * 404, a value the column cannot hold a 400, each naming the field (the column in the API's camelCase)
 * and never the SQL, the constraint or a Java class. Anything else stays a 500 without details.
 */
final class DatabaseRefusals {

    private static final Pattern KEY = Pattern.compile("Key \\(([a-z_]+)[,)]");

    /** The status and body, or {@code null} when this is no refusal of the client's input. */
    record Refusal(int status, ApiError error) {
    }

    private DatabaseRefusals() {
    }

    static Refusal of(Throwable cause) {
        SQLException sql = ApiErrors.find(cause, SQLException.class);
        if (sql == null || sql.getSQLState() == null) {
            return null;
        }
        String field = field(sql);
        String state = sql.getSQLState();
        return switch (state) {
            case "23505" -> new Refusal(409, new ApiError("DUPLICATE", "同じ内容が既に登録されています"
                    + named(field) + "。", field));
            case "23503" -> new Refusal(404, new ApiError("NOT_FOUND", "参照先が存在しません" + named(field) + "。", field));
            case "23502" -> new Refusal(400, new ApiError("INVALID_INPUT", (field == null ? "必須項目" : field)
                    + " を入力してください。", field));
            case "23514", "22P02", "22003", "22008", "22007" -> new Refusal(400, new ApiError("INVALID_INPUT",
                    "値が許される範囲にありません" + named(field) + "。", field));
            case "22001", "54000" -> new Refusal(400, new ApiError("INVALID_INPUT", "値が長すぎます" + named(field)
                    + "。短くしてください。", field));
            case "22021", "22P05" -> new Refusal(400, new ApiError("INVALID_INPUT",
                    "使用できない文字 (NUL 文字など) が含まれています" + named(field) + "。", field));
            case "40001", "40P01", "55P03" -> new Refusal(409, new ApiError("CONFLICT",
                    "他の更新と競合しました。最新の内容を取得してからやり直してください。", null));
            default -> null;
        };
    }

    private static String named(String field) {
        return field == null ? "" : " (" + field + ")";
    }

    /** The column concerned, in camelCase, from the server's message; null when it does not say. */
    private static String field(SQLException e) {
        if (!(e instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            return null;
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        String column = message.getColumn();
        if (column == null && message.getDetail() != null) {
            Matcher key = KEY.matcher(message.getDetail());
            column = key.find() ? key.group(1) : null;
        }
        return column == null ? null : camel(column);
    }

    private static String camel(String column) {
        String base = column.endsWith("_id") && column.length() > 3 ? column.substring(0, column.length() - 3) + "Id"
                : column;
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : base.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
