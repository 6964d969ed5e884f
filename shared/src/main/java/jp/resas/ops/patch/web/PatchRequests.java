package jp.resas.ops.patch.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.patch.RecordingPatches;

/** The bodies of the patch endpoints (unknown fields are refused). */
final class PatchRequests {

    private PatchRequests() {
    }

    /** A patch as recorded. */
    record Record(String title, String target, String environment, String appliedAt, String appliedBy,
            Long changeRequestId, String note, List<Long> findingIds) {

        RecordingPatches.NewPatch patch() {
            if (findingIds != null && findingIds.size() > 500) {
                throw new InvalidInputException("findingIds", "findingIds は 500 件以内で指定してください。");
            }
            if (findingIds != null && findingIds.stream().anyMatch(id -> id == null || id <= 0)) {
                throw new InvalidInputException("findingIds", "findingIds には脆弱性の ID (正の整数) を指定してください。");
            }
            return new RecordingPatches.NewPatch(Texts.required("title", title, 300), Texts.required("target", target, 500),
                    Texts.oneOf("environment", environment, PatchRecord.Environment.class), instant(appliedAt),
                    Texts.optional("appliedBy", appliedBy, 100), changeRequestId, Texts.optional("note", note, 4000),
                    findingIds == null ? List.of() : findingIds);
        }

        private static Instant instant(String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("appliedAt", "appliedAt (適用日時) を 2026-11-20T10:00:00+09:00 の形式で指定してください。");
            }
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("appliedAt", "appliedAt は 2026-11-20T10:00:00+09:00 の形式で指定してください。");
            }
        }
    }

    /** Verification: the version read. */
    record Verify(Long version) {

        long requiredVersion() {
            if (version == null) {
                throw new InvalidInputException("version", "version (取得した時点の版) を指定してください。");
            }
            return version;
        }
    }
}
