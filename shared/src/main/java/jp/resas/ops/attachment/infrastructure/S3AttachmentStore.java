package jp.resas.ops.attachment.infrastructure;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import jp.resas.ops.attachment.AttachmentStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * Attachments in an S3 bucket. PutObject is all or nothing, and the SHA-256 sent with it makes S3
 * refuse bytes damaged on the way. The bucket is versioned, so a delete removes every version of the
 * key (ListObjectVersions, then DeleteObject per version id), not just hides it behind a delete marker.
 */
public final class S3AttachmentStore implements AttachmentStore {

    private final S3Client s3;
    private final String bucket;

    public S3AttachmentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String sha256) {
        String checksum = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
        s3.putObject(request -> request.bucket(bucket).key(key).contentLength((long) content.length)
                .contentType("application/octet-stream").checksumSHA256(checksum), RequestBody.fromBytes(content));
    }

    @Override
    public void delete(String key) {
        ListObjectVersionsResponse listed;
        String keyMarker = null;
        String versionMarker = null;
        do {
            String keys = keyMarker;
            String versions = versionMarker;
            listed = s3.listObjectVersions(request -> request.bucket(bucket).prefix(key).keyMarker(keys)
                    .versionIdMarker(versions));
            for (ObjectVersion version : listed.versions()) {
                if (version.key().equals(key)) {
                    s3.deleteObject(request -> request.bucket(bucket).key(key).versionId(version.versionId()));
                }
            }
            for (DeleteMarkerEntry marker : listed.deleteMarkers()) {
                if (marker.key().equals(key)) {
                    s3.deleteObject(request -> request.bucket(bucket).key(key).versionId(marker.versionId()));
                }
            }
            keyMarker = listed.nextKeyMarker();
            versionMarker = listed.nextVersionIdMarker();
        } while (Boolean.TRUE.equals(listed.isTruncated()));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
