package jp.resas.ops.functions.platform.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.event.Level;

/**
 * One log event as the line Powertools' {@code LambdaJsonLayout} (log4j JSON template layout) wrote: the fields in
 * the template's order; the function's name, version, ARN, request id and the service {@code null} outside an
 * invocation; {@code cold_start} a boolean and {@code function_memory_size} an integer, left out outside one;
 * {@code sampling_rate} a number, left out unless positive; {@code xray_trace_id} and {@code correlation_id} left
 * out when unknown; the timestamp in UTC to the millisecond ({@code 2026-11-29T07:05:00.123Z}); then the MDC's other
 * keys, sorted, as strings. The error (only with an exception) has its message ({@code null} when none), class name
 * and {@code printStackTrace} text.
 */
final class JsonLogLine {

    /** The MDC keys Powertools logging sets, in the template's order after {@code error}. */
    static final List<String> POWERTOOLS_FIELDS = List.of("cold_start", "function_arn", "function_memory_size",
            "function_name", "function_request_id", "function_version", "sampling_rate", "service");
    private static final List<String> AFTER_TIMESTAMP = List.of("xray_trace_id", "correlation_id");
    /** The string fields the layout wrote as {@code null} outside an invocation (the others it left out). */
    private static final List<String> NULL_WHEN_ABSENT = List.of("function_arn", "function_name",
            "function_request_id", "function_version", "service");

    private JsonLogLine() {
    }

    /** The line of one event, ending with a line feed. */
    static String of(Level level, String message, Throwable error, Map<String, String> mdc, Instant at) {
        StringBuilder json = new StringBuilder(256 + (message == null ? 0 : message.length()));
        json.append("{\"level\":");
        string(json, level.name());
        json.append(",\"message\":");
        nullable(json, message);
        if (error != null) {
            error(json, error);
        }
        for (String key : POWERTOOLS_FIELDS) {
            field(json, key, mdc.get(key));
        }
        json.append(",\"timestamp\":");
        timestamp(json, at);
        for (String key : AFTER_TIMESTAMP) {
            field(json, key, mdc.get(key));
        }
        // The layout's catch-all: every other MDC key (log4j's context data is sorted by key).
        for (Map.Entry<String, String> entry : new TreeMap<>(mdc).entrySet()) {
            if (!POWERTOOLS_FIELDS.contains(entry.getKey()) && !AFTER_TIMESTAMP.contains(entry.getKey())
                    && entry.getValue() != null) {
                json.append(',');
                string(json, entry.getKey());
                json.append(':');
                string(json, entry.getValue());
            }
        }
        return json.append("}\n").toString();
    }

    private static void error(StringBuilder json, Throwable error) {
        json.append(",\"error\":{");
        json.append("\"message\":");
        nullable(json, error.getMessage());
        json.append(",\"name\":");
        string(json, error.getClass().getName());
        StringWriter stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        json.append(",\"stack\":");
        string(json, stack.toString());
        json.append('}');
    }

    private static void field(StringBuilder json, String key, String value) {
        if (value == null) {
            if (NULL_WHEN_ABSENT.contains(key)) {
                json.append(",\"").append(key).append("\":null");
            }
            return;
        }
        switch (key) {
            case "cold_start" -> {
                json.append(",\"cold_start\":").append(Boolean.parseBoolean(value));
                return;
            }
            case "function_memory_size" -> {
                try {
                    json.append(",\"function_memory_size\":").append(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    json.setLength(json.length() - ",\"function_memory_size\":".length());
                }
                return;
            }
            case "sampling_rate" -> {
                try {
                    float rate = Float.parseFloat(value);
                    if (rate > 0) {
                        json.append(",\"sampling_rate\":").append(rate);
                    }
                } catch (NumberFormatException e) {
                    // not a rate: left out, as the layout did
                }
                return;
            }
            default -> {
                json.append(",\"").append(key).append("\":");
                string(json, value);
            }
        }
    }

    private static void timestamp(StringBuilder json, Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
        json.append('"').append(t.getYear()).append('-');
        two(json, t.getMonthValue()).append('-');
        two(json, t.getDayOfMonth()).append('T');
        two(json, t.getHour()).append(':');
        two(json, t.getMinute()).append(':');
        two(json, t.getSecond()).append('.');
        int millis = t.getNano() / 1_000_000;
        json.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
        json.append("Z\"");
    }

    private static StringBuilder two(StringBuilder json, int value) {
        return json.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void nullable(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
        } else {
            string(json, value);
        }
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is. */
    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
