package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;

record StartRunRequest(String dataset, @Nullable Long roundId, @Nullable String inboxKey, @Nullable String referenceDate) {
}
