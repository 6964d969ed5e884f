package jp.resas.ops.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * A resource AWS Backup protects (it has a recovery point in a vault of the scope's account and region), as
 * {@code ListProtectedResources} reports it, or one a backup plan selects that has no recovery point at all
 * ({@code selectedBy}: "plan / selection"; never backed up, so {@code ListProtectedResources} does not list it): either
 * is expected to be backed up every day.
 */
public record ProtectedResource(String scope, String resourceArn, String resourceType, String resourceName,
        Instant lastBackupAt, String selectedBy) {

    public ProtectedResource {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(resourceArn, "resourceArn");
    }

    /** A resource {@code ListProtectedResources} reports. */
    public ProtectedResource(String scope, String resourceArn, String resourceType, String resourceName,
            Instant lastBackupAt) {
        this(scope, resourceArn, resourceType, resourceName, lastBackupAt, null);
    }

    /** Selected by a backup plan but without any recovery point. */
    public boolean neverBackedUp() {
        return selectedBy != null;
    }

    /**
     * A resource {@code selection} selects that has no recovery point, its type and name read from its ARN
     * ({@code arn:aws:s3:::bucket} → S3, bucket; {@code …:rds:…:cluster:name} → Aurora, name).
     */
    public static ProtectedResource selectedOnly(String scope, String arn, String selection) {
        String[] parts = arn.split(":", 6);
        String service = parts.length > 2 ? parts[2] : "";
        String rest = parts.length > 5 ? parts[5] : arn;
        String type = switch (service) {
            case "s3" -> "S3";
            case "dynamodb" -> "DynamoDB";
            case "rds" -> rest.startsWith("cluster:") ? "Aurora" : "RDS";
            case "ec2" -> "EC2";
            case "elasticfilesystem" -> "EFS";
            default -> service.isEmpty() ? null : service;
        };
        int cut = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf(':'));
        return new ProtectedResource(scope, arn, type, cut < 0 ? rest : rest.substring(cut + 1), null, selection);
    }
}
