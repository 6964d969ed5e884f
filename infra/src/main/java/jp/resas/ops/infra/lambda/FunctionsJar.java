package jp.resas.ops.infra.lambda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Locates the shaded handler jar that every function deploys. The CDK CLI runs the app from the
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

    /** The jar as a Lambda code asset (CDK copies it into the cloud assembly and hashes it). */
    public Code code() {
        return Code.fromAsset(jar.toString());
    }
}
