package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;

/**
 * {@code sslmode=verify-full} as the functions connect, against a real PostgreSQL started with
 * {@code ssl=on} and a server certificate for {@code localhost} from a CA made here: the JDBC URL built
 * from the database secret (served by a local Secrets Manager endpoint) connects over TLS with the right
 * CA and host name, and is refused with another CA or another host name for the same server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseTlsTest {

    private static final String ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:resas-app-AbCdEf";

    private EmbeddedPostgres postgres;
    private SecretsManagerEndpoint endpoint;
    private TestCertificates.Authority rightCa;
    private TestCertificates.Authority otherCa;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        rightCa = TestCertificates.authority(dir, "database test CA");
        otherCa = TestCertificates.authority(Files.createDirectory(dir.resolve("other")), "unrelated CA");
        TestCertificates.Server server = TestCertificates.server(dir, rightCa, "localhost");
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", server.certificate().toString())
                .setServerConfig("ssl_key_file", server.key().toString())
                .start();
        endpoint = new SecretsManagerEndpoint();
        endpoint.put(ARN, "{\"username\":\"postgres\",\"password\":\"postgres\",\"engine\":\"postgres\",\"host\":\"localhost\","
                + "\"port\":" + postgres.getPort() + ",\"dbname\":\"postgres\"}", "v1");
    }

    @AfterAll
    void stop() throws IOException {
        endpoint.close();
        postgres.close();
    }

    private DatabaseSettings settings(Path rootCertificates, Optional<String> host) {
        return new SecretsManagerSecrets(new PowertoolsSecrets(endpoint.client(), new CacheManager()), rootCertificates)
                .read(ARN, host, Optional.empty());
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    @Test
    void theRightCaAndHostName_connectOverTls() throws SQLException {
        DatabaseSettings settings = settings(rightCa.pem(), Optional.empty());

        assertThat(settings.url()).contains("sslmode=verify-full", "sslrootcert=" + rightCa.pem().toAbsolutePath());
        try (Connection connection = connect(settings);
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean("ssl")).isTrue();
            assertThat(row.getString("version")).startsWith("TLSv1.");
        }
    }

    @Test
    void aServerCertificateFromAnotherCa_isRefused() {
        assertThatThrownBy(() -> connect(settings(otherCa.pem(), Optional.empty())).close())
                .isInstanceOf(SQLException.class)
                .hasStackTraceContaining("PKIX path");
    }

    @Test
    void anotherHostNameForTheSameServer_isRefused() {
        assertThatThrownBy(() -> connect(settings(rightCa.pem(), Optional.of("127.0.0.1"))).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("could not be verified");
    }
}
