package jp.resas.ops.dataset;

import java.time.Instant;

/**
 * A dataset's version as {@code GET /datasets/{id}/versions} answers it.
 *
 * @param observations  null until the version is loaded
 * @param referenceDate ISO date
 * @param current       whether it is the dataset's current version; null while the dataset has none
 */
public record VersionLine(int number, long versionId, String status, Long observations, String referenceDate,
        int specVersion, Instant createdAt, Instant publishedAt, long runId, Boolean current) {
}
