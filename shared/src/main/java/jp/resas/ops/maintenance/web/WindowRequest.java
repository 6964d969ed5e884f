package jp.resas.ops.maintenance.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.NewWindow;

/**
 * A window to schedule; times are ISO-8601 with an offset, e.g. 2026-06-06T22:00:00+09:00.
 * {@code alarmPatterns} (optional) maps each affected service to the alarms that belong to it, by name
 * or ARN with {@code *}, e.g. {@code {"Aurora": ["ResasOps-Db-*"]}}; without it every alarm counts.
 */
record WindowRequest(String title, String kind, List<String> services, Map<String, List<String>> alarmPatterns,
        String startsAt, String endsAt) {

    NewWindow command() {
        return new NewWindow(title, kind == null ? null : Texts.oneOf("kind", kind, MaintenanceWindow.Kind.class),
                services, alarmPatterns, instant("startsAt", startsAt), instant("endsAt", endsAt));
    }

    private static Instant instant(String field, String value) {
        try {
            if (value != null) {
                return jp.resas.ops.common.SaneDates.instant(field, java.time.OffsetDateTime.parse(value.strip()).toInstant());
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInputException(field, field + " は 2026-06-06T22:00:00+09:00 の形式で指定してください。");
    }
}
