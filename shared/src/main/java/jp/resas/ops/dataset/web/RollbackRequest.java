package jp.resas.ops.dataset.web;

import io.micronaut.core.annotation.Nullable;

record RollbackRequest(@Nullable String comment) {
}
