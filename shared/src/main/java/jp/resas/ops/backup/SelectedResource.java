package jp.resas.ops.backup;

import java.util.Objects;

/** A resource a backup plan's selection names or whose tags it matches; {@code selection} is "plan / selection". */
public record SelectedResource(String scope, String resourceArn, String selection) {

    public SelectedResource {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(resourceArn, "resourceArn");
    }
}
