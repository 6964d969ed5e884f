package jp.resas.ops.pipeline.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.StoredObject;

/**
 * The raw bucket on one machine: {@code root/<bucket>/<key>}, the layout of the state-machine runner's
 * object store, so both see the same objects. Written to a temporary file and moved into place.
 */
final class DirectoryRawStore implements RawStore {

    static final String BUCKET = "resas-ops-raw";

    /** Opens the file a put writes: the file system's; a test's may fail as a full disk does. */
    @FunctionalInterface
    interface Outputs {
        OutputStream open(Path file) throws IOException;
    }

    private final Path bucket;
    private final Outputs outputs;

    DirectoryRawStore(Path root) {
        this(root, file -> Files.newOutputStream(file));
    }

    DirectoryRawStore(Path root, Outputs outputs) {
        this.bucket = root.resolve(BUCKET).toAbsolutePath().normalize();
        this.outputs = outputs;
    }

    private Path file(String key) {
        Path file = bucket.resolve(key).normalize();
        if (!file.startsWith(bucket)) {
            throw new IllegalArgumentException("object key escapes the bucket: " + key);
        }
        return file;
    }

    @Override
    public StoredObject put(String key, InputStream content) throws IOException {
        Path file = file(key);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".put", ".tmp");
        MessageDigest sha = sha256();
        long bytes;
        try {
            try (InputStream in = new DigestInputStream(content, sha); OutputStream out = outputs.open(temporary)) {
                bytes = in.transferTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // A write that failed (a full disk, a killed source) leaves no temporary file behind.
            Files.deleteIfExists(temporary);
        }
        return new StoredObject(BUCKET, key, null, bytes, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(file(key));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        InputStream in = Files.newInputStream(file(key));
        in.skipNBytes(offset);
        return new BoundedInputStream(in, length);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** At most {@code remaining} bytes of the stream, then end of stream. */
    static final class BoundedInputStream extends java.io.FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(read, 0);
            return read;
        }
    }
}
