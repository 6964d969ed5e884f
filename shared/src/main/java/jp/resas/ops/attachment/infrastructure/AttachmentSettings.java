package jp.resas.ops.attachment.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jp.resas.ops.attachment.AttachmentQuota;
import jp.resas.ops.attachment.UploadPolicy;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.attachments.*}, checked at start (a bad value stops the context naming the property):
 * <ul>
 * <li>{@code bucket} (env {@code RESAS_ATTACHMENTS_BUCKET}): the S3 bucket in AWS; else {@code directory}
 *     ({@code resas-ops local} passes {@code <data-dir>/attachments}); neither: no store;</li>
 * <li>{@code max-bytes}: one file's limit (default 4 MiB);</li>
 * <li>{@code quota.per-ticket-bytes} (40 MiB), {@code quota.per-ticket-files} (20),
 *     {@code quota.per-user-bytes} (200 MiB);</li>
 * <li>{@code retention-days}: how long a deleted file's object is kept (400 days).</li>
 * </ul>
 */
@Context
@ConfigurationProperties("resas.attachments")
public record AttachmentSettings(@Nullable String bucket, @Nullable String directory, @Nullable Long maxBytes,
        @Nullable Integer retentionDays, Quota quota) {

    /** Days a deleted file's object is kept after its deletion (about 13 months: a whole reporting year). */
    public static final int DEFAULT_RETENTION_DAYS = 400;
    static final String PREFIX = "resas.attachments.";

    public AttachmentSettings {
        bucket = Setting.text(bucket);
        directory = Setting.text(directory);
        Setting.positive(PREFIX + "max-bytes", maxBytes, UploadPolicy.DEFAULT_MAX_BYTES);
        Setting.positive(PREFIX + "retention-days", retentionDays, DEFAULT_RETENTION_DAYS);
    }

    public UploadPolicy uploadPolicy() {
        return new UploadPolicy(Setting.positive(PREFIX + "max-bytes", maxBytes, UploadPolicy.DEFAULT_MAX_BYTES));
    }

    public int keptDays() {
        return Setting.positive(PREFIX + "retention-days", retentionDays, DEFAULT_RETENTION_DAYS);
    }

    /** {@code resas.attachments.quota.*}. */
    @ConfigurationProperties("quota")
    public record Quota(@Nullable Long perTicketBytes, @Nullable Integer perTicketFiles, @Nullable Long perUserBytes) {
        public Quota {
            value(perTicketBytes, perTicketFiles, perUserBytes);
        }

        public AttachmentQuota value() {
            return value(perTicketBytes, perTicketFiles, perUserBytes);
        }

        private static AttachmentQuota value(@Nullable Long perTicketBytes, @Nullable Integer perTicketFiles,
                @Nullable Long perUserBytes) {
            return new AttachmentQuota(
                    Setting.positive(PREFIX + "quota.per-ticket-bytes", perTicketBytes,
                            AttachmentQuota.DEFAULT_PER_TICKET_BYTES),
                    Setting.positive(PREFIX + "quota.per-ticket-files", perTicketFiles,
                            AttachmentQuota.DEFAULT_PER_TICKET_FILES),
                    Setting.positive(PREFIX + "quota.per-user-bytes", perUserBytes,
                            AttachmentQuota.DEFAULT_PER_USER_BYTES));
        }
    }
}
