package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.StoredObject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The raw bucket in AWS ({@code resas.pipeline.raw-bucket}, set from {@code RESAS_PIPELINE_RAW_BUCKET}).
 * Objects are spooled to the function's temporary storage while their SHA-256 is computed, then put with
 * a known length; the bucket is versioned, so the version id is recorded as provenance. The client honours
 * the SDK's endpoint settings (LocalStack).
 */
@Singleton
@Requires(property = "resas.pipeline.raw-bucket")
@Requires(classes = S3Client.class)
final class S3RawStore implements RawStore {

    private final String bucket;
    private final S3Client s3;

    /** {@code s3}: the platform's client (the SDK's default builder, so {@code AWS_ENDPOINT_URL(_S3)} applies). */
    S3RawStore(PipelineSettings settings, S3Client s3) {
        this.bucket = settings.rawBucket();
        this.s3 = s3;
    }

    @Override
    public StoredObject put(String key, InputStream content) throws IOException {
        Path spool = Files.createTempFile("raw", ".part");
        try {
            MessageDigest sha = DirectoryRawStore.sha256();
            long bytes;
            try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(spool)) {
                bytes = in.transferTo(out);
            }
            PutObjectResponse response = s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(),
                    RequestBody.fromFile(spool));
            return new StoredObject(bucket, key, response.versionId(), bytes, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key)
                .range("bytes=" + offset + "-" + (offset + length - 1)).build());
    }
}
