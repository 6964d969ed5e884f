package jp.resas.ops.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.util.stream.Collectors;
import jp.resas.ops.common.InvalidInputException;

/**
 * The one mapping from a refusal to the documented body {@code {"error","message","field"}} in Japanese:
 * framework refusals (bad JSON, a wrong type, a missing body, a bad path variable, 401, 403, 404, 405,
 * 406, 413, 415) and anything unexpected (a generic 500, never a Java class or SQL text). Pages under
 * {@value #PORTAL} are not API routes: they answer HTML, so the hooks leave them alone.
 */
public final class ApiErrors {

    /** Path prefix of the server-rendered portal pages, which do not answer JSON errors. */
    public static final String PORTAL = "/portal/";

    private ApiErrors() {
    }

    /** Whether {@code request} is an API call (JSON errors), not a portal page. */
    public static boolean isApi(HttpRequest<?> request) {
        String path = request.getPath();
        return !(path.equals("/portal") || path.startsWith(PORTAL));
    }

    /** Code of the 503 answered while the database cannot be reached (and it does not pause by design). */
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

    /** The body of a request refused because the database cannot be reached. */
    public static ApiError databaseUnavailable() {
        return new ApiError(DATABASE_UNAVAILABLE,
                "データベースに接続できません。復旧を待ってから、もう一度お試しください。", null);
    }

    /** Whether {@code cause} says the database could not be reached (no connection, or a connection lost). */
    public static boolean isDatabaseUnavailable(Throwable cause) {
        if (find(cause, io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException.class) != null) {
            return true;
        }
        java.sql.SQLException sql = find(cause, java.sql.SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        // Class 08: connection exception; 57P01-57P03: the server is shutting down or cannot accept connections yet.
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** The body for an answer of {@code status}, given what caused it (possibly nothing). */
    public static ApiError of(int status, Throwable cause) {
        InvalidInputException invalid = find(cause, InvalidInputException.class);
        if (invalid != null) {
            return new ApiError("INVALID_INPUT", invalid.getMessage(), invalid.field());
        }
        StrictJson.TooLongText tooLong = find(cause, StrictJson.TooLongText.class);
        if (tooLong != null) {
            JsonMappingException mapping = find(cause, JsonMappingException.class);
            String field = mapping == null ? null : path(mapping);
            return new ApiError("INVALID_INPUT", (field == null ? "値" : field) + " は " + tooLong.max()
                    + " 文字以内で指定してください。", field);
        }
        return switch (status) {
            case 400 -> badRequest(cause);
            case 401 -> new ApiError("UNAUTHORIZED", "認証が必要です。有効なアクセストークンを Authorization: Bearer で指定してください。", null);
            case 403 -> new ApiError("FORBIDDEN", "この操作を行う権限がありません。", null);
            case 404 -> new ApiError("NOT_FOUND", "指定されたリソースは存在しません。", null);
            case 405 -> new ApiError("METHOD_NOT_ALLOWED", "このリソースはこの HTTP メソッドに対応していません。", null);
            case 406 -> new ApiError("NOT_ACCEPTABLE", "指定された形式 (Accept) では応答できません。application/json を指定してください。", null);
            case 409 -> new ApiError("CONFLICT", "現在の状態と矛盾するため処理できません。", null);
            case 413 -> new ApiError("PAYLOAD_TOO_LARGE", "リクエストが大きすぎます。", null);
            case 415 -> new ApiError("UNSUPPORTED_MEDIA_TYPE", "Content-Type が対応していません。application/json で送信してください。", null);
            case 503 -> new ApiError("UNAVAILABLE", "一時的に処理できません。しばらくしてからやり直してください。", null);
            default -> status >= 500
                    ? new ApiError("INTERNAL_ERROR", "サーバー内部でエラーが発生しました。時間をおいてやり直し、解決しない場合は運用担当へ連絡してください。", null)
                    : new ApiError(HttpStatus.valueOf(status).name(), "リクエストを処理できません。", null);
        };
    }

    private static ApiError badRequest(Throwable cause) {
        UnsatisfiedArgumentException missing = find(cause, UnsatisfiedArgumentException.class);
        if (missing != null) {
            String name = missing.getArgument().getName();
            return "body".equals(name) || missing.getArgument().getAnnotationMetadata()
                    .hasAnnotation(io.micronaut.http.annotation.Body.class)
                    ? new ApiError("INVALID_INPUT", "リクエスト本文 (JSON) を指定してください。", "body")
                    : new ApiError("INVALID_INPUT", name + " を指定してください。", name);
        }
        JsonMappingException mapping = find(cause, JsonMappingException.class);
        if (mapping != null) {
            String field = path(mapping);
            String what = field == null ? "リクエスト本文" : field;
            if (mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException) {
                return new ApiError("INVALID_INPUT", what + " の型または値が正しくありません"
                        + expected(mapping) + "。", field);
            }
            return new ApiError("INVALID_INPUT", what + " が正しくありません。", field);
        }
        if (find(cause, JsonProcessingException.class) != null) {
            return new ApiError("INVALID_INPUT", "リクエスト本文が JSON として読めません。", null);
        }
        ConversionErrorException conversion = find(cause, ConversionErrorException.class);
        if (conversion != null) {
            String name = conversion.getArgument().getName();
            return new ApiError("INVALID_INPUT", name + " の値が正しくありません。", name);
        }
        return new ApiError("INVALID_INPUT", "リクエストが正しくありません。", null);
    }

    private static String expected(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
                return " (整数で指定してください)";
            }
            if (type == Boolean.class || type == boolean.class) {
                return " (true または false で指定してください)";
            }
            if (type == String.class) {
                return " (文字列で指定してください)";
            }
        }
        return "";
    }

    /** The JSON path of the problem, e.g. {@code fields.body} or {@code items[1].dataset}. */
    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static <T extends Throwable> T find(Throwable cause, Class<T> type) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof ConversionErrorException conversion && !type.isInstance(conversion)
                    && conversion.getConversionError().getCause() != null && conversion.getConversionError().getCause() != t.getCause()) {
                T inner = find(conversion.getConversionError().getCause(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
