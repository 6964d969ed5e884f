package jp.resas.ops.attachment;

import java.util.Optional;

/**
 * Where attached bytes are kept (port; S3 or a directory in {@code infrastructure}). Keys are
 * content-addressed, so writing a key twice writes the same bytes and readers never see a partial
 * object.
 */
public interface AttachmentStore {

    /**
     * Stores {@code content} under {@code key}, whole or not at all.
     *
     * @param sha256 the content's SHA-256 (hex), for stores that verify what they received
     */
    void put(String key, byte[] content, String sha256);

    /** The bytes under {@code key}; empty when there is no such object. */
    Optional<byte[]> get(String key);

    /** Removes the object under {@code key} for good (every stored version); nothing to do when there is none. */
    void delete(String key);
}
