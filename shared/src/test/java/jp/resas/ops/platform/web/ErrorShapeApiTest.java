package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every refusal, the framework's included, answers {"error","message","field"} in Japanese and names no
 * Java class, SQL or constraint. Raw requests (java.net.http) so that malformed bodies reach the server.
 */
@PlatformTest
class ErrorShapeApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;

    record Raw(int status, JsonNode body, String text) {
    }

    private Raw send(String method, String path, String contentType, String body, String token, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? null : new ObjectMapper().readTree(response.body());
        return new Raw(response.statusCode(), json, response.body());
    }

    private static String operator() {
        return TestPlatform.token("sato", "operator", "approver");
    }

    private static void assertShape(Raw raw, int status, String error) {
        assertThat(raw.status()).as(raw.text()).isEqualTo(status);
        assertThat(raw.body()).as(raw.text()).isNotNull();
        assertThat(raw.body().has("error") && raw.body().has("message") && raw.body().has("field")).as(raw.text()).isTrue();
        assertThat(raw.body().size()).as(raw.text()).isEqualTo(3);
        if (error != null) {
            assertThat(raw.body().get("error").asText()).isEqualTo(error);
        }
        assertThat(raw.body().get("message").asText()).as("Japanese").matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*")
                .doesNotContain("jp.resas", "java.", "Exception", "SQL", "constraint", "$");
    }

    @Test
    void invalidJson_wrongType_emptyBody_are400_inOurShape() throws Exception {
        assertShape(send("POST", "/incidents", "application/json", "{not json", operator()), 400, "INVALID_INPUT");
        Raw wrongType = send("POST", "/incidents", "application/json", "{\"title\":\"t\",\"severity\":\"high\"}", operator());
        assertShape(wrongType, 400, "INVALID_INPUT");
        assertThat(wrongType.body().get("field").asText()).isEqualTo("severity");
        assertShape(send("POST", "/incidents", "application/json", "", operator()), 400, "INVALID_INPUT");
        Raw array = send("POST", "/inquiries", "application/json", "{\"title\":[1],\"priority\":\"LOW\"}", operator());
        assertShape(array, 400, "INVALID_INPUT");
        assertThat(array.body().get("field").asText()).isEqualTo("title");
    }

    @Test
    void lossyCoercions_andUnknownProperties_areRefused_namingTheField() throws Exception {
        Raw fraction = send("POST", "/incidents", "application/json",
                "{\"title\":\"t\",\"severity\":2.7,\"impact\":\"i\"}", operator());
        Raw unknown = send("POST", "/incidents", "application/json",
                "{\"title\":\"t\",\"severity\":2,\"impact\":\"i\",\"sevrity\":1}", operator());
        Raw textVersion = send("POST", "/work-requests/1/transitions", "application/json",
                "{\"to\":\"IN_PROGRESS\",\"version\":\"0\"}", operator());

        assertShape(fraction, 400, "INVALID_INPUT");
        assertThat(fraction.body().get("field").asText()).isEqualTo("severity");
        assertShape(unknown, 400, "INVALID_INPUT");
        assertThat(unknown.body().get("field").asText()).isEqualTo("sevrity");
        assertShape(textVersion, 400, "INVALID_INPUT");
        assertThat(textVersion.body().get("field").asText()).isEqualTo("version");
    }

    @Test
    void nulAndLoneSurrogates_inBodiesAndQueries_are400_namingTheField() throws Exception {
        Raw nulBody = send("POST", "/inquiries", "application/json", "{\"title\":\"a\\u0000b\",\"priority\":\"LOW\"}",
                operator());
        Raw surrogate = send("POST", "/inquiries", "application/json", "{\"title\":\"a\\ud800b\",\"priority\":\"LOW\"}",
                operator());
        Raw nulQuery = send("GET", "/inquiries?requester=a%00b", null, null, TestPlatform.token("v", "viewer"));

        assertShape(nulBody, 400, "INVALID_INPUT");
        assertThat(nulBody.body().get("field").asText()).isEqualTo("title");
        assertShape(surrogate, 400, "INVALID_INPUT");
        assertThat(surrogate.body().get("field").asText()).isEqualTo("title");
        assertShape(nulQuery, 400, "INVALID_INPUT");
        assertThat(nulQuery.body().get("field").asText()).isEqualTo("requester");
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource({
            "GET, /incidents/abc, , 400",
            "GET, /incidents, none, 401",
            "POST, /incidents/1/notes, viewer, 403",
            "DELETE, /incidents, operator, 405",
            "POST, /incidents, operator-xml, 415",
            "GET, /no-such-thing, operator, 404"})
    void frameworkRefusals_answerOurShape(String method, String path, String who, int status) throws Exception {
        String token = "none".equals(who) ? null : "viewer".equals(who) ? TestPlatform.token("v", "viewer") : operator();
        String type = "operator-xml".equals(who) ? "application/xml" : "POST".equals(method) ? "application/json" : null;
        String body = "POST".equals(method) ? ("operator-xml".equals(who) ? "<a/>" : "{\"text\":\"x\"}") : null;

        assertShape(send(method, path, type, body, token), status, null);
    }

    @Test
    void notAcceptable_andAnOriginHeader_answerOurShape() throws Exception {
        assertShape(send("GET", "/incidents", null, null, operator(), "Accept", "application/xml"), 406, null);
        Raw origin = send("GET", "/incidents", null, null, operator(), "Origin", "https://evil.example");
        assertShape(origin, 403, "ORIGIN_NOT_ALLOWED");
    }

    @Test
    void databaseRefusals_neverLeakAs500() throws Exception {
        Answer unknownRound = new Api(http).post("/pipeline/runs", Map.of("dataset", "nope", "roundId", 424242),
                "sato", "operator");
        assertThat(unknownRound.status()).isBetween(400, 409);
        assertThat(unknownRound.body().toString()).doesNotContain("SQL", "constraint", "violates");
        Answer twice = new Api(http).post("/rounds", Map.of("name", "x", "items", List.of()), "sato", "operator");
        assertThat(twice.status()).isEqualTo(400);
    }
}
