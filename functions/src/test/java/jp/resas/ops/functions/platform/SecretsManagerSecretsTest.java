package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;

/**
 * The real SDK client against a local endpoint that answers GetSecretValue in Secrets Manager's wire
 * format (JSON 1.1, {@code X-Amz-Target: secretsmanager.GetSecretValue}), shaped as the API reference shows.
 */
class SecretsManagerSecretsTest {

    private static final String ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:resas-db-AbCdEf";

    private HttpServer server;
    private final AtomicReference<String> target = new AtomicReference<>();
    private final AtomicReference<String> secretString = new AtomicReference<>();
    private final AtomicReference<String> requestBody = new AtomicReference<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            target.set(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String body = "{\"ARN\":\"" + ARN + "\",\"Name\":\"resas-db\",\"VersionId\":\"EXAMPLE1-90ab-cdef-fedc-ba987SECRET1\","
                    + "\"SecretString\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(secretString.get())
                    + ",\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.523477145713E9}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SecretsManagerSecrets secrets() {
        return new SecretsManagerSecrets(new PowertoolsSecrets(SecretsManagerClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build(), new CacheManager()), RdsCertificates.bundle());
    }

    @Test
    void rdsSecret_becomesAJdbcUrlThatVerifiesTheServerAgainstTheRdsBundle() {
        secretString.set("{\"username\":\"resas\",\"password\":\"s3cr3t\",\"engine\":\"postgres\","
                + "\"host\":\"resas-ops.cluster-abc.ap-northeast-1.rds.amazonaws.com\",\"port\":5432,\"dbname\":\"resas_ops\"}");

        DatabaseSettings settings = secrets().read(ARN, Optional.of("proxy.example.internal"), Optional.empty());

        assertThat(target.get()).isEqualTo("secretsmanager.GetSecretValue");
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://proxy.example.internal:5432/resas_ops?sslmode=verify-full"
                + "&sslrootcert=" + RdsCertificates.bundle().toAbsolutePath());
        assertThat(RdsCertificates.bundle()).isRegularFile();
        assertThat(settings.user()).isEqualTo("resas");
        assertThat(settings.password()).isEqualTo("s3cr3t");
        assertThat(settings.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void secretWithoutPassword_isRefusedNamingTheField() {
        secretString.set("{\"username\":\"resas\",\"host\":\"h\"}");

        assertThatThrownBy(() -> secrets().read(ARN, Optional.empty(), Optional.empty()))
                .hasMessageContaining("'password'").hasMessageNotContaining("resas\"");
    }

    @Test
    void estatSecret_isReadAsStored_byItsArn() {
        secretString.set("0123456789abcdef0123456789abcdef01234567");

        String text = secrets().read(ARN);

        assertThat(target.get()).isEqualTo("secretsmanager.GetSecretValue");
        assertThat(requestBody.get()).contains("\"SecretId\":\"" + ARN + "\"");
        assertThat(text).isEqualTo("0123456789abcdef0123456789abcdef01234567");
    }
}
