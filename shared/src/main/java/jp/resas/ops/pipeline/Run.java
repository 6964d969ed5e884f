package jp.resas.ops.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionId;

/**
 * A pipeline run: one dataset collected, validated and (once approved) published as a new version.
 *
 * @param versionId the version its latest collection made; null before it collected
 */
public record Run(RunId id, DatasetId dataset, Long roundId, String executionName, RunStatus status,
        LocalDate referenceDate, String startedBy, Instant startedAt, Instant finishedAt, String failureReason,
        VersionId versionId, String decidedBy, Instant decidedAt, String decisionComment, Long incidentId) {

    /** A finished run changes no more: refused for any step that would. */
    public Run unfinished() {
        if (status.finished()) {
            throw new IllegalStateException("run " + id.value() + " is already " + status);
        }
        return this;
    }
}
