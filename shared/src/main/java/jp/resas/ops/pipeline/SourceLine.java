package jp.resas.ops.pipeline;

import java.time.Instant;

/**
 * One line of the データ出典一覧: what the current version of a dataset was made from
 * ({@code GET /pipeline/sources}, the data pages and the list file).
 *
 * @param licence       the terms of use, null when the source states none
 * @param version       the current version's number
 * @param referenceDate its reference date (ISO)
 */
public record SourceLine(String datasetId, String name, String publisher, String sourceKind, String sourceRef,
        String licence, Instant fetchedAt, String sha256, int version, String referenceDate) {
}
