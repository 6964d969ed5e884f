package jp.resas.ops.alarm.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;
import jp.resas.ops.alarm.MalformedAlarmEventException;

/** Field access that names the JSON path of whatever is missing or wrong. */
final class Fields {

    /** CloudWatch writes offsets as {@code +0000}; EventBridge and SNS also use {@code Z}. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private Fields() {
    }

    static String text(JsonNode parent, String name, String path) {
        return optionalText(parent, name)
                .orElseThrow(() -> new MalformedAlarmEventException(path, "is missing"));
    }

    static Optional<String> optionalText(JsonNode parent, String name) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            throw new MalformedAlarmEventException(path, "is missing");
        }
        if (!node.isObject()) {
            throw new MalformedAlarmEventException(path, "must be a JSON object");
        }
        return node;
    }

    static Instant timestamp(JsonNode parent, String name, String path) {
        String value = text(parent, name, path);
        try {
            return OffsetDateTime.parse(value, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedAlarmEventException(path, "'" + value + "' is not an ISO-8601 timestamp with an offset");
        }
    }
}
