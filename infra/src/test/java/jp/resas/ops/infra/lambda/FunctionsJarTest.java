package jp.resas.ops.infra.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionsJarTest {

    @TempDir
    Path repo;

    @Test
    void fromRepositoryRoot_findsTheShadedJar() throws IOException {
        Path jar = givenBuiltJar();

        assertThat(FunctionsJar.locateFrom(repo).path()).isEqualTo(jar);
    }

    @Test
    void fromInfraModule_findsTheJarInTheParentDirectory() throws IOException {
        Path jar = givenBuiltJar();
        Path infra = Files.createDirectories(repo.resolve("infra"));

        assertThat(FunctionsJar.locateFrom(infra).path()).isEqualTo(jar);
    }

    @Test
    void whenNotBuilt_failsWithTheCommandThatBuildsIt() {
        assertThatThrownBy(() -> FunctionsJar.locateFrom(repo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resas-ops-functions.jar")
                .hasMessageContaining("mvn -pl functions -am package");
    }

    private Path givenBuiltJar() throws IOException {
        Path jar = repo.resolve(FunctionsJar.RELATIVE_PATH);
        Files.createDirectories(jar.getParent());
        return Files.write(jar, new byte[] {0x50, 0x4b});
    }
}
