package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;

/** A body over the server's limit (Micronaut's max-request-size, 10 MB by default) answers 413 in the one error shape. */
@PlatformTest
class PayloadTooLargeApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void bodyOverTheLimit_is413_inTheErrorShape() throws Exception {
        String body = "{\"title\":\"" + "a".repeat(11 * 1024 * 1024) + "\",\"priority\":\"LOW\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/inquiries"))
                .POST(BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestPlatform.token("sato", "operator")).build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error.get("message").asText()).isEqualTo("リクエストが大きすぎます。");
        assertThat(error.has("field")).isTrue();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }
}
