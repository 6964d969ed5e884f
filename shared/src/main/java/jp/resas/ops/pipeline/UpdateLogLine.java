package jp.resas.ops.pipeline;

import java.time.Instant;

/**
 * One line of the データ更新一覧: a version published or rolled back ({@code GET /pipeline/update-log}, the
 * data pages, the list file and the monthly report).
 *
 * @param kind          {@code PUBLISH} or {@code ROLLBACK}
 * @param referenceDate the version's reference date (ISO)
 * @param roundId       the update round it belonged to, null when started outside a round
 * @param runId         the pipeline run, null for a rollback
 */
public record UpdateLogLine(long id, Instant at, String kind, String datasetId, String name, int version,
        long observations, String referenceDate, String approvedBy, Long roundId, Long runId, String note) {
}
