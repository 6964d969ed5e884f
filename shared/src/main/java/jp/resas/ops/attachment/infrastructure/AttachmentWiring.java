package jp.resas.ops.attachment.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.attachment.AttachmentQuota;
import jp.resas.ops.attachment.UploadPolicy;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses where attachments go: the S3 bucket {@code resas.attachments.bucket} in AWS, else the
 * directory {@code resas.attachments.directory} (the local runtime passes {@code <data-dir>/attachments}); the
 * limits from {@link AttachmentSettings}.
 */
@Factory
class AttachmentWiring {

    static final String BUCKET = "resas.attachments.bucket";
    static final String DIRECTORY = "resas.attachments.directory";

    /** The platform's S3 client (the SDK's default builder, so {@code AWS_ENDPOINT_URL(_S3)} applies). */
    @Singleton
    @Requires(property = BUCKET)
    @Requires(classes = S3Client.class)
    AttachmentStore s3Attachments(S3Client s3, AttachmentSettings settings) {
        return new S3AttachmentStore(s3, settings.bucket());
    }

    /** Neither setting: no store, so the ticket pages show attachments as unavailable (not a 500). */
    @Singleton
    @Requires(missingProperty = BUCKET)
    @Requires(property = DIRECTORY)
    AttachmentStore directoryAttachments(AttachmentSettings settings) {
        return new DirectoryAttachmentStore(Path.of(settings.directory()));
    }

    @Singleton
    UploadPolicy uploadPolicy(AttachmentSettings settings) {
        return settings.uploadPolicy();
    }

    @Singleton
    AttachmentQuota attachmentQuota(AttachmentSettings settings) {
        return settings.quota().value();
    }
}
