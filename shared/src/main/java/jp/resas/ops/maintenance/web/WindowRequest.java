package jp.resas.ops.maintenance.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.NewWindow;

/** A window to schedule; times are ISO-8601 with an offset, e.g. 2026-06-06T22:00:00+09:00. */
record WindowRequest(String title, String kind, List<String> services, String startsAt, String endsAt) {

    NewWindow command() {
        return new NewWindow(title, kind == null ? null : Texts.oneOf("kind", kind, MaintenanceWindow.Kind.class),
                services, instant("startsAt", startsAt), instant("endsAt", endsAt));
    }

    private static Instant instant(String field, String value) {
        try {
            if (value != null) {
                return java.time.OffsetDateTime.parse(value.strip()).toInstant();
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInputException(field, field + " は 2026-06-06T22:00:00+09:00 の形式で指定してください。");
    }
}
