package jp.resas.ops.pipeline;

import java.io.IOException;
import java.io.InputStream;

/** Port: the raw bucket (S3, versioned, in AWS; a directory on one machine). Streams both ways. */
public interface RawStore {

    /** Stores {@code content} under {@code key}, computing its SHA-256 as it streams. */
    StoredObject put(String key, InputStream content) throws IOException;

    InputStream open(String key) throws IOException;

    /** {@code length} bytes from {@code offset} (an S3 range GET). */
    InputStream open(String key, long offset, long length) throws IOException;
}
