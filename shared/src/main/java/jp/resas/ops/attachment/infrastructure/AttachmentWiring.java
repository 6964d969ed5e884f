package jp.resas.ops.attachment.infrastructure;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.attachment.AttachmentQuota;
import jp.resas.ops.attachment.UploadPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses where attachments go: the S3 bucket {@code resas.attachments.bucket} in AWS, else the
 * directory {@code resas.attachments.directory} (the local runtime passes {@code <data-dir>/attachments}).
 */
@Factory
class AttachmentWiring {

    static final String BUCKET = "resas.attachments.bucket";
    static final String DIRECTORY = "resas.attachments.directory";

    /** The SDK's default builder, so region, credentials and {@code AWS_ENDPOINT_URL(_S3)} apply as usual. */
    @Singleton
    @Requires(property = BUCKET)
    @Bean(preDestroy = "close")
    S3Client attachmentS3() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Singleton
    @Requires(property = BUCKET)
    AttachmentStore s3Attachments(S3Client s3, @Property(name = BUCKET) String bucket) {
        return new S3AttachmentStore(s3, bucket);
    }

    /** Neither setting: no store, so the ticket pages show attachments as unavailable (not a 500). */
    @Singleton
    @Requires(missingProperty = BUCKET)
    @Requires(property = DIRECTORY)
    AttachmentStore directoryAttachments(@Property(name = DIRECTORY) String directory) {
        return new DirectoryAttachmentStore(Path.of(directory));
    }

    @Singleton
    UploadPolicy uploadPolicy(@Value("${resas.attachments.max-bytes:" + UploadPolicy.DEFAULT_MAX_BYTES + "}")
            long maxBytes) {
        return new UploadPolicy(maxBytes);
    }

    @Singleton
    AttachmentQuota attachmentQuota(
            @Value("${resas.attachments.quota.per-ticket-bytes:" + AttachmentQuota.DEFAULT_PER_TICKET_BYTES + "}") long perTicketBytes,
            @Value("${resas.attachments.quota.per-ticket-files:" + AttachmentQuota.DEFAULT_PER_TICKET_FILES + "}") int perTicketFiles,
            @Value("${resas.attachments.quota.per-user-bytes:" + AttachmentQuota.DEFAULT_PER_USER_BYTES + "}") long perUserBytes) {
        return new AttachmentQuota(perTicketBytes, perTicketFiles, perUserBytes);
    }
}
