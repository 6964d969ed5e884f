package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.local.pipeline.CatalogSeed;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.platform.security.LocalSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code resas-ops local} serves: a run started through the API executes here and waits for the owner. */
class LocalRuntimeTest {

    @TempDir
    Path dataDir;

    @Test
    void runStartedThroughTheApi_executesLocally_andTheOwnersApprovalThroughTheApiPublishesIt() throws Exception {
        try (LocalRuntime runtime = LocalRuntime.start(dataDir, LocalDatabase.open(dataDir), 0, List.of())) {
            int port = runtime.platform().port();
            var context = runtime.platform().context();
            CatalogSeed.ensure(context.getBean(CatalogService.class), "seed");
            try (InputStream sample = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
                context.getBean(RawStore.class).put("inbox/vendor-visitors/visitors.csv", sample);
            }

            JsonNode started = call(port, "POST", "/pipeline/runs", "sato", "operator",
                    "{\"dataset\":\"vendor-visitors\",\"inboxKey\":\"inbox/vendor-visitors/visitors.csv\",\"outOfRound\":true}");
            assertThat(runtime.pipeline().awaitApprovalOrEnd(started.get("executionName").asText(),
                    Duration.ofMinutes(2))).as("the execution reached the approval").isTrue();
            long run = started.get("id").asLong();
            assertThat(status(port, run)).isEqualTo("AWAITING_APPROVAL");

            call(port, "POST", "/pipeline/runs/" + run + "/heartbeat", "tanaka", "approver", "{}");
            assertThat(status(port, run)).isEqualTo("AWAITING_APPROVAL");
            call(port, "POST", "/pipeline/runs/" + run + "/approve", "tanaka", "approver", "{\"comment\":\"OK\"}");

            assertThat(runtime.pipeline().awaitApprovalOrEnd(started.get("executionName").asText(),
                    Duration.ofMinutes(2))).as("the execution ended").isFalse();
            assertThat(status(port, run)).isEqualTo("PUBLISHED");
        }
    }

    private String status(int port, long run) throws IOException, InterruptedException {
        JsonNode answer = call(port, "GET", "/pipeline/runs/" + run, "kato", "viewer", null);
        return answer.path("run").path("status").asText(answer.path("status").asText());
    }

    private JsonNode call(int port, String method, String path, String user, String group, String body)
            throws IOException, InterruptedException {
        String token = LocalSecurity.issuer(LocalSecurity.secret(dataDir), Clock.systemUTC())
                .issue(user, List.of(group), Duration.ofMinutes(5));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return new ObjectMapper().readTree(response.body());
    }

}
