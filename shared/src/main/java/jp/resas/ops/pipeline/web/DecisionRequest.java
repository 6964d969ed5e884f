package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;

record DecisionRequest(@Nullable String comment) {
}
