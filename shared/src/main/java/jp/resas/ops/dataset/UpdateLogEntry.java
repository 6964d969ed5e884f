package jp.resas.ops.dataset;

import java.time.Instant;

/**
 * One line of the data-update log (データ更新一覧): a version published by a run or made current again by a
 * rollback; its observations and reference date are the version's own.
 *
 * @param roundId null outside a round, and for a rollback
 * @param runId null for a rollback
 */
public record UpdateLogEntry(DatasetId dataset, VersionId version, Kind kind, Long roundId, Long runId,
        String approvedBy, Instant at, String note) {

    public enum Kind {
        PUBLISH, ROLLBACK
    }

    public static UpdateLogEntry rollback(DatasetId dataset, VersionId version, String approvedBy, Instant at, String note) {
        return new UpdateLogEntry(dataset, version, Kind.ROLLBACK, null, null, approvedBy, at, note);
    }
}
