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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text of every request body has a length limit, applied in one place ({@link StrictJson},
 * {@link TextLimits}): one character over answers 400 INVALID_INPUT naming the field by its JSON path,
 * at the limit the same text passes that check. Bodies use {@code @} where the long text goes.
 */
@PlatformTest
class TextLimitsApiTest {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "POST | /inquiries | {'title':'@','priority':'LOW'} | title | 500",
        "POST | /inquiries | {'title':'t','priority':'LOW','fields':{'body':'@'}} | fields.body | 20000",
        "POST | /incidents | {'title':'t','severity':2,'impact':'@'} | impact | 20000",
        "POST | /incidents | {'title':'@','severity':2,'impact':'i'} | title | 500",
        "POST | /rounds | {'name':'r','items':[{'dataset':'@','collectOn':'2026-12-01','publishBy':'2026-12-10'}]} | items[0].dataset | 500",
        "POST | /maintenance-windows | {'title':'m','kind':'PLANNED','services':['Aurora','@'],'startsAt':'2026-12-01T22:00:00+09:00','endsAt':'2026-12-01T23:00:00+09:00'} | services[1] | 500",
        "PUT | /calendar/closed-days/2026-12-28 | {'reason':'@'} | reason | 20000",
        "PUT | /costs/budgets/2026-12 | {'unit':'@'} | unit | 500",
        "POST | /pipeline/runs | {'dataset':'@','outOfRound':true} | dataset | 500",
    })
    void overLongText_is400_namingTheField(String method, String path, String template, String field, int limit)
            throws Exception {
        JsonNode over = send(method, path, template.replace('\'', '"').replace("@", "あ".repeat(limit + 1)), 400);

        assertThat(over.get("error").asText()).isEqualTo("INVALID_INPUT");
        assertThat(over.get("field").asText()).isEqualTo(field);
        assertThat(over.get("message").asText()).contains(field).contains(limit + " 文字以内");

        HttpResponse<String> atLimit = raw(method, path, template.replace('\'', '"').replace("@", "あ".repeat(limit)));
        assertThat(atLimit.body()).as("a text of exactly the limit passes the length check")
                .doesNotContain(limit + " 文字以内");
    }

    private JsonNode send(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = raw(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> raw(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .method(method, BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestPlatform.token("sato", "operator", "approver", "admin")).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
