package jp.resas.ops.local.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CDK app as infra's {@code package} phase synthesises it: a build output of infra (its {@code cdk-out}
 * artifact, infra/pom.xml), a test dependency of this module unpacked into local/target/cdk.out before the tests
 * (local/pom.xml's {@code cdk-out} execution) and named to them by the system property {@value #PROPERTY}.
 */
public final class SynthesizedApp {

    public static final String PROPERTY = "resas.cdk.out";

    private SynthesizedApp() {
    }

    /** The cloud assembly directory; fails with the command that builds it when it is missing. */
    public static Path directory() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set: run the tests through Maven "
                    + "(mvn -pl local -am verify), whose local/pom.xml names infra's synthesised app");
        }
        Path directory = Path.of(value);
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no synthesised app at " + directory + ": infra's cdk-out artifact is "
                    + "unpacked there (mvn -pl local -am verify; not with -DskipTests)");
        }
        return directory;
    }

    /** One stack's template in it. */
    public static Path template(String stack) {
        return directory().resolve(stack + ".template.json");
    }
}
