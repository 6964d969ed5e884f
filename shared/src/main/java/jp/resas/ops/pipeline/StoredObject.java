package jp.resas.ops.pipeline;

/** A raw object as stored: where (bucket, key, S3 version id when versioned), its size and SHA-256. */
public record StoredObject(String bucket, String key, String versionId, long bytes, String sha256) {
}
