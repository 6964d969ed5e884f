package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user does: invoke the handler with a real payload, then look at the incident in the API. */
class InvokeAndApiTest {

    private static final Path EVENTS = Path.of("..", "shared", "src", "test", "resources", "events");

    @TempDir
    Path dataDir;

    @Test
    void invokedAlarm_isVisibleThroughTheApi_afterARestartOnTheSameDataDirectory() throws Exception {
        CliRun invoke = CliRun.of("invoke", "alarm-intake", "--data-dir", dataDir.toString(),
                "--event", EVENTS.resolve("eventbridge/awsdocs_state_change_for_a_metric_math_alarm.json").toString());
        assertThat(invoke.exitCode()).isZero();
        JsonNode result = new ObjectMapper().readTree(invoke.out());
        assertThat(result.at("/results/0/outcome").asText()).isEqualTo("OPENED");
        long incidentId = result.at("/results/0/incidentId").asLong();

        String token = CliRun.of("token", "--user", "kato", "--groups", "viewer", "--data-dir", dataDir.toString())
                .out().strip();
        try (LocalPlatform platform = LocalPlatform.serve(dataDir, LocalDatabase.open(dataDir), 0)) {
            int port = platform.port();
            JsonNode incidents = get(port, "/incidents", token);
            assertThat(incidents.at("/items/0/id").asLong()).isEqualTo(incidentId);
            assertThat(incidents.at("/items/0/alarmName").asText()).isEqualTo("TotalNetworkTrafficTooHigh");
            assertThat(incidents.at("/items/0/openedAt").asText()).isEqualTo("2019-10-02T17:20:48.554Z");
        }
    }

    @Test
    void malformedEvent_exitsNonZero_andOpensNothing() throws Exception {
        CliRun invoke = CliRun.of("invoke", "alarm-intake", "--data-dir", dataDir.toString(),
                "--event", EVENTS.resolve("sns/aws-lambda-java-libs_sns_event.json").toString());

        assertThat(invoke.exitCode()).isEqualTo(InvokeCommand.REJECTED);
        assertThat(invoke.out()).contains("\"errorType\":\"MalformedAlarmEventException\"");
        assertThat(invoke.err()).contains("Records[0].Sns.Message");
        String token = CliRun.of("token", "--user", "kato", "--groups", "viewer", "--data-dir", dataDir.toString())
                .out().strip();
        try (LocalPlatform platform = LocalPlatform.serve(dataDir, LocalDatabase.open(dataDir), 0)) {
            int port = platform.port();
            assertThat(get(port, "/incidents", token).get("items")).isEmpty();
        }
    }

    @Test
    void unknownFunction_orUnreadableEvent_exitsWithUsageError() throws IOException {
        Path event = Files.writeString(dataDir.resolve("e.json"), "{}");

        assertThat(CliRun.of("invoke", "no-such-function", "--event", event.toString()).exitCode())
                .isEqualTo(InvokeCommand.UNUSABLE);
        assertThat(CliRun.of("invoke", "alarm-intake", "--event", dataDir.resolve("missing.json").toString(),
                "--data-dir", dataDir.toString()).exitCode()).isEqualTo(InvokeCommand.UNUSABLE);
    }

    @Test
    void token_withAnUnknownGroup_isRefused() {
        CliRun run = CliRun.of("token", "--user", "kato", "--groups", "viewer,root", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("root");
    }

    private static JsonNode get(int port, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

}
