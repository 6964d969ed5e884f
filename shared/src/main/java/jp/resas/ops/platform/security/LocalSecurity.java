package jp.resas.ops.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The signing secret of one data directory: made once, kept owner-readable only, reused after. The
 * secret is the hex text; its UTF-8 bytes are the HMAC key, as Micronaut reads a configured secret.
 */
public final class LocalSecurity {

    static final String SECRET_FILE = "jwt-secret";

    private LocalSecurity() {
    }

    public static String secret(Path dataDir) {
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] secret = new byte[48];
                new SecureRandom().nextBytes(secret);
                Path tmp = Files.createTempFile(dataDir, SECRET_FILE, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, HexFormat.of().formatHex(secret));
                try {
                    Files.move(tmp, file);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT secret at " + file, e);
        }
    }

    /** The Micronaut settings that make the API accept tokens signed with {@code secret}. */
    public static LocalJwtIssuer issuer(String secret, java.time.Clock clock) {
        return new LocalJwtIssuer(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), clock);
    }

    public static Map<String, Object> properties(String secret) {
        return Map.of(
                "resas.security.issuer", LocalJwtIssuer.ISSUER,
                LocalSigningSettings.SECRET, secret,
                "micronaut.security.token.jwt.signatures.secret.local.base64", false,
                "micronaut.security.token.jwt.signatures.secret.local.jws-algorithm", "HS256");
    }
}
