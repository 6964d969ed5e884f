package jp.resas.ops.backup.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import jp.resas.ops.backup.HoldingRestoreDrills;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.common.Texts;
import jp.resas.ops.portal.web.Jst;

/**
 * The portal's drill forms read into what the use case takes: dates as {@code 2026-12-07}, times as the
 * browser's {@code datetime-local} in Japan time; a refusal names the field in Japanese.
 */
final class DrillForms {

    private DrillForms() {
    }

    record Plan(String title, LocalDate plannedFor, String resourceArn, int rtoTargetMinutes) {
    }

    static Plan plan(Map<String, String> form) {
        return new Plan(Texts.required("title", form.get("title"), 200),
                SaneDates.date("plannedFor", DrillRequests.date("plannedFor", form.get("plannedFor"))),
                Texts.optional("resourceArn", form.get("resourceArn"), 2048),
                minutes("rtoTargetMinutes", form.get("rtoTargetMinutes")));
    }

    static HoldingRestoreDrills.Result result(Map<String, String> form, String recorder) {
        String who = Texts.optional("performedBy", form.get("performedBy"), 100);
        Instant started = at("startedAt", form.get("startedAt"));
        if (started == null) {
            throw new InvalidInputException("startedAt", "startedAt (復元開始日時) を入力してください（例：2026-12-07T10:00、日本時間）。");
        }
        String verification = form.get("verification");
        return new HoldingRestoreDrills.Result(who == null ? recorder : who, started,
                at("completedAt", form.get("completedAt")),
                Texts.optional("recoveryPointArn", form.get("recoveryPointArn"), 2048),
                at("recoveryPointAt", form.get("recoveryPointAt")), number("restoreJobId", form.get("restoreJobId")),
                verification == null || verification.isBlank() ? null
                        : Texts.oneOf("verification", verification, RestoreDrill.Verification.class),
                Texts.optional("note", form.get("note"), 2000));
    }

    static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
        }
    }

    /** A {@code datetime-local} value in Japan time, or null when left empty. */
    static Instant at(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SaneDates.instant(field, LocalDateTime.parse(value.strip()).atZone(Jst.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は 2026-12-07T10:00 の形式（日本時間）で入力してください。");
        }
    }

    private static int minutes(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " (目標復旧時間・分) を入力してください。");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " (目標復旧時間) は分を整数で入力してください。");
        }
    }

    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " (リストアジョブの番号) は整数で入力してください。");
        }
    }
}
