package jp.resas.ops.sfn;

import java.util.List;
import java.util.Optional;

/** A bucket/key store, the part of S3 our state machines use. */
public interface ObjectStore {

    Optional<byte[]> get(String bucket, String key);

    void put(String bucket, String key, byte[] content);

    /** Keys in {@code bucket} starting with {@code prefix}, sorted. */
    List<String> list(String bucket, String prefix);
}
