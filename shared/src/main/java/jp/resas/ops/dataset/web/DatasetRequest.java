package jp.resas.ops.dataset.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

record DatasetRequest(String name, String publisher, String sourceKind, String sourceRef, @Nullable String frequency,
        @Nullable String nextRelease, @Nullable List<String> menus, @Nullable String licence, @Nullable String ownerContact) {
}
