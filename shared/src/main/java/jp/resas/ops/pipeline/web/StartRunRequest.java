package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;

/** Starts a run in an approved round ({@code roundId}), or outside any round with {@code outOfRound: true}. */
record StartRunRequest(String dataset, @Nullable Long roundId, @Nullable String inboxKey, @Nullable String referenceDate,
        @Nullable Boolean outOfRound) {
}
