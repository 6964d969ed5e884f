package jp.resas.ops.access.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.access.*}, checked at start: RESAS Ops' own CloudFront access logs, read when a distribution is
 * named: {@code bucket} (env {@code RESAS_ACCESS_BUCKET}), {@code prefix} ({@code RESAS_ACCESS_PREFIX}, none by
 * default) and {@code distribution-id} ({@code RESAS_ACCESS_DISTRIBUTION_ID}, which needs the bucket).
 */
@Context
@ConfigurationProperties("resas.access")
public record AccessSettings(@Nullable String bucket, @Nullable String prefix, @Nullable String distributionId) {

    public AccessSettings {
        bucket = Setting.text(bucket);
        prefix = prefix == null ? "" : prefix.strip();
        distributionId = Setting.text(distributionId);
        if (distributionId != null && bucket == null) {
            throw Setting.invalid("resas.access.distribution-id", "names a distribution, so resas.access.bucket "
                    + "(RESAS_ACCESS_BUCKET), where its logs are, is required");
        }
        if (bucket != null && !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw Setting.invalid("resas.access.bucket", "'" + bucket + "' is not an S3 bucket name");
        }
    }

    /** RESAS Ops' own distribution, when named (its bucket is then set). */
    public Optional<String> ownDistribution() {
        return Optional.ofNullable(distributionId);
    }
}
