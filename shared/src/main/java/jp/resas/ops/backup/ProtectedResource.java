package jp.resas.ops.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * A resource AWS Backup protects (it has a recovery point in a vault of the scope's account and region), as
 * {@code ListProtectedResources} reports it: such a resource is expected to be backed up every day.
 */
public record ProtectedResource(String scope, String resourceArn, String resourceType, String resourceName,
        Instant lastBackupAt) {

    public ProtectedResource {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(resourceArn, "resourceArn");
    }
}
