package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import jp.resas.ops.platform.jdbc.DatabaseAvailability;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Where the database does not pause by design (no resas.database.resume-retry-after-seconds: one machine),
 * a request that cannot get a connection answers 503 DATABASE_UNAVAILABLE without Retry-After, and while
 * a watcher knows the database is down, /health says DOWN (503), API requests are refused at once and
 * portal pages show a Japanese page. The database is a port nothing listens on.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseUnavailableApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseAvailability availability;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/resas_ops");
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "unused");
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("datasources.default.initialization-fail-timeout", "-1");
        properties.put("flyway.datasources.default.enabled", "false");
        LocalSecurity.properties(TestPlatform.SECRET).forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }

    @AfterEach
    void databaseBack() {
        availability.markUp();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutTheResumeSetting_onlyTheUnavailableHandlerExists() {
        assertThat(context.getBeansOfType(io.micronaut.http.server.exceptions.ExceptionHandler.class).stream()
                .map(handler -> handler.getClass().getSimpleName()).toList())
                .contains("DatabaseUnavailableHandler").doesNotContain("DatabaseResumingHandler");
    }

    @Test
    void noConnectionWithinTheTimeout_is503DatabaseUnavailable_withoutRetryAfter() {
        HttpClientResponseException refused = refusal(HttpRequest.GET("/incidents")
                .bearerAuth(TestPlatform.token("kato", "viewer")));

        assertThat(refused.getStatus().getCode()).isEqualTo(503);
        assertThat(refused.getResponse().getHeaders().get("Retry-After")).isNull();
        JsonNode body = refused.getResponse().getBody(JsonNode.class).orElseThrow();
        assertThat(body.path("error").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(body.path("message").asText()).contains("データベースに接続できません");
        assertThat(body.has("field")).isTrue();
    }

    @Test
    void whileKnownDown_healthSaysDown_apiAndPortalAreRefusedAtOnce() {
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/health"), JsonNode.class).getStatus().getCode())
                .isEqualTo(200);
        assertThat(availability.markDown("test")).isTrue();
        assertThat(availability.markDown("test again")).as("one outage, not one per report").isFalse();

        HttpClientResponseException health = refusal(HttpRequest.GET("/health"));
        assertThat(health.getStatus().getCode()).isEqualTo(503);
        assertThat(health.getResponse().getBody(JsonNode.class).orElseThrow().path("status").asText()).isEqualTo("DOWN");

        HttpClientResponseException api = refusal(HttpRequest.POST("/incidents/1/notes", Map.of("body", "x"))
                .bearerAuth(TestPlatform.token("sato", "operator")));
        assertThat(api.getStatus().getCode()).isEqualTo(503);
        assertThat(api.getResponse().getBody(JsonNode.class).orElseThrow().path("error").asText())
                .isEqualTo("DATABASE_UNAVAILABLE");

        HttpClientResponseException page = refusal(HttpRequest.GET("/portal/incidents"));
        assertThat(page.getStatus().getCode()).isEqualTo(503);
        String html = page.getResponse().getBody(String.class).orElseThrow();
        assertThat(html).contains("データベースに接続できません").contains("<html").doesNotContain("Exception");

        assertThat(availability.markUp()).isTrue();
        HttpResponse<JsonNode> up = http.toBlocking().exchange(HttpRequest.GET("/health"), JsonNode.class);
        assertThat(up.getStatus().getCode()).isEqualTo(200);
        assertThat(up.body().path("status").asText()).isEqualTo("UP");
    }

    private HttpClientResponseException refusal(HttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError(request.getPath() + " must be refused");
    }
}
