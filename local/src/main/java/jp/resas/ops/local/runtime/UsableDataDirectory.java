package jp.resas.ops.local.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks before a command starts that its data directory can hold data: it is (or can be made) a directory
 * and a file can be written in it. A command that cannot run for this reason exits 2, so a broken
 * environment never looks like a rejected event or a failed validation (exit 1).
 */
public final class UsableDataDirectory {

    /** The data directory cannot be used; the message names it and why. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private UsableDataDirectory() {
    }

    public static Path require(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Unusable("data directory " + dir + " is not a directory", null);
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new Unusable("data directory " + dir + " is not writable (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
        return dir;
    }
}
