package jp.resas.ops.backup.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import jp.resas.ops.backup.HoldingRestoreDrills;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.common.Texts;

/** The bodies of the drill steps: each names only what its step takes (unknown fields are refused). */
final class DrillRequests {

    private DrillRequests() {
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "version (取得した時点の版) を指定してください。");
        }
        return version;
    }

    /** A drill planned by hand. */
    record Plan(String title, String plannedFor, String resourceArn, Integer rtoTargetMinutes) {

        String requiredTitle() {
            return Texts.required("title", title, 200);
        }

        LocalDate requiredPlannedFor() {
            return SaneDates.date("plannedFor", date("plannedFor", plannedFor));
        }

        int requiredTarget() {
            if (rtoTargetMinutes == null) {
                throw new InvalidInputException("rtoTargetMinutes", "rtoTargetMinutes (目標復旧時間・分) を指定してください。");
            }
            return rtoTargetMinutes;
        }
    }

    /** The result of a drill, recorded once. {@code performedBy} defaults to the person recording it. */
    record Result(Long version, String performedBy, String startedAt, String completedAt, String recoveryPointArn,
            String recoveryPointAt, Long restoreJobId, String verification, String note) {

        HoldingRestoreDrills.Result toResult(String recorder) {
            String who = Texts.optional("performedBy", performedBy, 100);
            return new HoldingRestoreDrills.Result(who == null ? recorder : who,
                    required("startedAt", startedAt), optional("completedAt", completedAt),
                    Texts.optional("recoveryPointArn", recoveryPointArn, 2048), optional("recoveryPointAt", recoveryPointAt),
                    restoreJobId, verification == null ? null
                            : Texts.oneOf("verification", verification, RestoreDrill.Verification.class),
                    Texts.optional("note", note, 2000));
        }
    }

    /** The approver's sign-off. */
    record SignOff(Long version, String note) {

        String optionalNote() {
            return Texts.optional("note", note, 2000);
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " を 2026-12-01 の形式で指定してください。");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は 2026-12-01 の形式で指定してください。");
        }
    }

    static Instant required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " を 2026-12-01T10:00:00+09:00 の形式で指定してください。");
        }
        return optional(field, value);
    }

    static Instant optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SaneDates.instant(field, OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は 2026-12-01T10:00:00+09:00 の形式で指定してください。");
        }
    }
}
