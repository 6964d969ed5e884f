package jp.resas.ops.incident.web;

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

/** An incident update records each changed field's old and new value in the audit log, read back via GET /audit. */
@PlatformTest
class IncidentAuditApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void update_auditsOldAndNewValues_soOverwrittenTextIsKept() throws Exception {
        JsonNode raised = send("POST", "/incidents", "{\"title\":\"API 応答遅延\",\"severity\":3,\"impact\":\"最初の影響\"}",
                "audit-op", "operator", 201);
        long id = raised.get("id").asLong();

        send("PATCH", "/incidents/" + id, "{\"version\":" + raised.get("version").asLong()
                + ",\"severity\":2,\"impact\":\"書き直した影響\",\"assignee\":\"suzuki\"}", "audit-op", "operator", 200);
        JsonNode audit = send("GET", "/audit?action=incident.update&targetType=incident&targetId=" + id, null,
                "root", "admin", 200);

        assertThat(audit.get("items")).hasSize(1);
        JsonNode changes = audit.get("items").get(0).get("details").get("changes");
        assertThat(changes.at("/impact/old").asText()).isEqualTo("最初の影響");
        assertThat(changes.at("/impact/now").asText()).isEqualTo("書き直した影響");
        assertThat(changes.at("/severity/old").asInt()).isEqualTo(3);
        assertThat(changes.at("/severity/now").asInt()).isEqualTo(2);
        assertThat(changes.has("assignee")).isTrue();
        assertThat(changes.at("/assignee/old").isNull() || changes.at("/assignee/old").isMissingNode())
                .as("no assignee before").isTrue();
        assertThat(changes.at("/assignee/now").asText()).isEqualTo("suzuki");
        assertThat(changes.has("cause")).as("unchanged fields are not listed").isFalse();
        assertThat(audit.get("items").get(0).get("actor").asText()).isEqualTo("audit-op");
    }

    private JsonNode send(String method, String path, String body, String user, String group, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Authorization", "Bearer " + TestPlatform.token(user, group));
        if (body == null) {
            request.GET();
        } else {
            request.method(method, BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return new ObjectMapper().readTree(response.body());
    }
}
