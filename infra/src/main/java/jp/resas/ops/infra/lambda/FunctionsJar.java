package jp.resas.ops.infra.lambda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Locates the shaded handler jar and the deployment assets cut from it ({@link #code(jp.resas.ops.catalogue.AssetSpec)}:
 * each function deploys the asset its catalogue entry names). The CDK CLI runs the app from the
 * repository root (cdk.json) while Maven runs tests from {@code infra/}, so the jar is looked up
 * relative to the working directory and to its parent.
 */
public final class FunctionsJar {

    /** Where the functions module's shade plugin writes the deployment artifact. */
    public static final Path RELATIVE_PATH = Path.of("functions", "target", "resas-ops-functions.jar");

    private final Path jar;

    private FunctionsJar(Path jar) {
        this.jar = jar;
    }

    /** Finds the jar starting from the process working directory. */
    public static FunctionsJar locate() {
        return locateFrom(Path.of("").toAbsolutePath());
    }

    /** Finds the jar under {@code start} or its parent; fails with the command that builds it. */
    public static FunctionsJar locateFrom(Path start) {
        List<Path> candidates = candidates(start);
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .map(FunctionsJar::new)
                .orElseThrow(() -> new IllegalStateException(
                        "Lambda code asset not found; looked for " + candidates
                                + ". Build it first: mvn -pl functions -am package -DskipTests"));
    }

    private static List<Path> candidates(Path start) {
        Path root = start.normalize();
        Optional<Path> parent = Optional.ofNullable(root.getParent());
        return parent.map(p -> List.of(root.resolve(RELATIVE_PATH), p.resolve(RELATIVE_PATH)))
                .orElseGet(() -> List.of(root.resolve(RELATIVE_PATH)));
    }

    public Path path() {
        return jar;
    }

    /** Where Flyway finds the migrations inside the jar (the shared module's resources, shaded in). */
    public static final String MIGRATIONS = "db/migration/";

    /**
     * SHA-256 over the migration files the jar carries (each file's name and bytes, in name order): the
     * same for two builds whose migrations are the same whatever else changed, different as soon as one
     * migration is added, removed or edited.
     */
    public String migrationsDigest() {
        java.util.SortedMap<String, byte[]> migrations = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(MIGRATIONS)) {
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        migrations.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the migrations in " + jar, e);
        }
        if (migrations.isEmpty()) {
            throw new IllegalStateException("no migrations under " + MIGRATIONS + " in " + jar
                    + ": rebuild it with mvn -pl functions -am package -DskipTests");
        }
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            migrations.forEach((name, bytes) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
                digest.update(bytes);
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the functions module writes the catalogue's assets (beside the shaded jar). */
    public Path assets() {
        return jar.resolveSibling("assets");
    }

    /**
     * The jar of {@code asset} ({@code functions/target/assets/NAME.jar}, cut from the shaded jar at package by the
     * functions module), as a Lambda code asset; fails naming the asset and the command that builds it.
     */
    public Code code(jp.resas.ops.catalogue.AssetSpec asset) {
        Path file = assets().resolve(asset.fileName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Lambda code asset '" + asset.name() + "' not found at " + file
                    + ". Build it first: mvn -pl functions -am package -DskipTests");
        }
        return Code.fromAsset(file.toString());
    }
}
