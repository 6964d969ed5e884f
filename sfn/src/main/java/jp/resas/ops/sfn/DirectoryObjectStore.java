package jp.resas.ops.sfn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Buckets as directories under a root, keys as relative paths: {@code root/bucket/a/b.csv}. */
public final class DirectoryObjectStore implements ObjectStore {

    private final Path root;

    public DirectoryObjectStore(Path root) {
        this.root = root;
    }

    private Path file(String bucket, String key) {
        Path bucketDir = root.resolve(bucket).normalize();
        Path file = bucketDir.resolve(key).normalize();
        if (!bucketDir.startsWith(root.normalize()) || !file.startsWith(bucketDir)) {
            throw new IllegalArgumentException("Object key escapes its bucket: " + bucket + "/" + key);
        }
        return file;
    }

    @Override
    public Optional<byte[]> get(String bucket, String key) {
        Path file = file(bucket, key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void put(String bucket, String key, byte[] content) {
        Path file = file(bucket, key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".put", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> list(String bucket, String prefix) {
        Path bucketDir = file(bucket, "");
        if (!Files.isDirectory(bucketDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(bucketDir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> bucketDir.relativize(p).toString().replace('\\', '/'))
                    .filter(k -> k.startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
