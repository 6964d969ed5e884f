package jp.resas.ops.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The password of the embedded PostgreSQL's superuser, kept in {@code DIR/postgres-password} readable by
 * its owner only (as {@code DIR/jwt-secret}): made at the first start (or the first start of a data
 * directory from before passwords), read by every later process on that directory.
 */
final class DatabasePassword {

    static final String FILE = "postgres-password";

    private DatabasePassword() {
    }

    static Optional<String> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database password at " + file, e);
        }
    }

    /** The password, made now if the directory has none yet. */
    static String readOrCreate(Path dataDir) {
        Optional<String> existing = read(dataDir);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Path tmp = Files.createTempFile(dataDir, FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, HexFormat.of().formatHex(random));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return read(dataDir).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database password at " + file, e);
        }
    }
}
