package jp.resas.ops.monitoring.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The input EventBridge Scheduler passes a collector: {@code {"date":"2026-11-26"}} for one day or
 * {@code {"month":"2026-11"}} for a month. Without either, a daily collector takes yesterday and a
 * monthly one this month, in Japan time, so a schedule needs no input at all.
 */
public final class ScheduledEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScheduledEvent() {
    }

    /** A day; a {@code month} asks for every day of it. */
    public static CollectionPeriod days(String event, Clock clock) {
        JsonNode root = read(event);
        if (root.hasNonNull("month")) {
            return CollectionPeriod.month(month(root));
        }
        if (root.hasNonNull("date")) {
            return CollectionPeriod.day(date(root));
        }
        return CollectionPeriod.day(LocalDate.now(clock.withZone(CollectionPeriod.JST)).minusDays(1));
    }

    /** A month; a {@code date} asks for the month it falls in. */
    public static CollectionPeriod month(String event, Clock clock) {
        JsonNode root = read(event);
        if (root.hasNonNull("month")) {
            return CollectionPeriod.month(month(root));
        }
        if (root.hasNonNull("date")) {
            return CollectionPeriod.month(YearMonth.from(date(root)));
        }
        return CollectionPeriod.month(YearMonth.now(clock.withZone(CollectionPeriod.JST)));
    }

    private static JsonNode read(String event) {
        if (event == null || event.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode root = JSON.readTree(event);
            if (root == null || root.isNull()) {
                return JSON.createObjectNode();
            }
            if (!root.isObject()) {
                throw new MalformedScheduleEventException("event: expected a JSON object, was " + root.getNodeType());
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedScheduleEventException("event: not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static LocalDate date(JsonNode root) {
        String text = root.get("date").asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedScheduleEventException("date: expected yyyy-MM-dd, was '" + text + "'");
        }
    }

    private static YearMonth month(JsonNode root) {
        String text = root.get("month").asText();
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedScheduleEventException("month: expected yyyy-MM, was '" + text + "'");
        }
    }
}
