package jp.resas.ops.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary object files ({@code .put*.tmp}) a killed process left in the data directory's object store.
 * Only files untouched for {@code idle} go: a write in progress in another process keeps its file fresh.
 */
final class TemporaryFiles {

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryFiles.class);

    private TemporaryFiles() {
    }

    static int sweep(Path objects, Duration idle) {
        if (!Files.isDirectory(objects)) {
            return 0;
        }
        Instant before = Instant.now().minus(idle);
        List<Path> orphans;
        try (Stream<Path> files = Files.walk(objects)) {
            orphans = files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(".put") && name.endsWith(".tmp") && modifiedBefore(file, before);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for temporary files in " + objects, e);
        }
        for (Path orphan : orphans) {
            try {
                Files.deleteIfExists(orphan);
            } catch (IOException e) {
                LOG.warn("cannot delete the temporary file {}: {}", orphan, e.getMessage());
            }
        }
        if (!orphans.isEmpty()) {
            LOG.info("deleted {} temporary file(s) left by an interrupted write in {}", orphans.size(), objects);
        }
        return orphans.size();
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
