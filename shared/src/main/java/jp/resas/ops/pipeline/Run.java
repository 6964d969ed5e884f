package jp.resas.ops.pipeline;

import java.time.Instant;
import java.time.LocalDate;

/** A pipeline run: one dataset collected, validated and (once approved) published as a new version. */
public record Run(RunId id, String dataset, Long roundId, String executionName, RunStatus status,
        LocalDate referenceDate, String startedBy, Instant startedAt, Instant finishedAt, String failureReason,
        Long versionId, String decidedBy, Instant decidedAt, String decisionComment, Long incidentId) {
}
