package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Where the database pauses (Aurora at 0 ACU, flagged by resas.database.resume-retry-after-seconds), a
 * request that cannot get a connection in time answers 503 DATABASE_RESUMING with Retry-After. The
 * database here is a port nothing listens on: what a paused cluster looks like within the timeout.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseResumingApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/resas_ops");
        properties.put("datasources.default.username", "resas_app");
        properties.put("datasources.default.password", "unused");
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("datasources.default.initialization-fail-timeout", "-1");
        properties.put("flyway.datasources.default.enabled", "false");
        properties.put(DatabaseResumingHandler.RETRY_AFTER_PROPERTY, "15");
        LocalSecurity.properties(TestPlatform.SECRET).forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }

    /** A port that was free a moment ago: connecting to it is refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRequestWhileTheDatabaseResumes_is503DatabaseResuming_withRetryAfter() {
        HttpClientResponseException refused = null;
        try {
            http.toBlocking().exchange(HttpRequest.GET("/incidents").bearerAuth(TestPlatform.token("kato", "viewer")),
                    JsonNode.class);
        } catch (HttpClientResponseException e) {
            refused = e;
        }

        assertThat(refused).as("the request must not succeed without a database").isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(503);
        assertThat(refused.getResponse().getHeaders().get("Retry-After")).isEqualTo("15");
        JsonNode body = refused.getResponse().getBody(JsonNode.class).orElseThrow();
        assertThat(body.path("error").asText()).isEqualTo("DATABASE_RESUMING");
        assertThat(body.path("message").asText()).contains("15 秒");
        assertThat(body.has("field")).isTrue();
    }

    @Inject
    io.micronaut.context.ApplicationContext context;

    @Test
    void withTheResumeSetting_onlyTheResumingHandlerExists() {
        assertThat(context.getBeansOfType(io.micronaut.http.server.exceptions.ExceptionHandler.class).stream()
                .map(handler -> handler.getClass().getSimpleName()).toList())
                .contains("DatabaseResumingHandler").doesNotContain("DatabaseUnavailableHandler");
    }

    @Test
    void liveness_stillAnswers_withoutTheDatabase() {
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/health"), JsonNode.class).path("status").asText())
                .isEqualTo("UP");
    }
}
