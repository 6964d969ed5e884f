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
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.platform.security.LocalSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions are never lost across a restart of {@code resas-ops local}: a run waiting for approval when
 * the runtime went away is resumed by the next runtime (so the owner's approval through the API is
 * delivered and publishes), a decision for a token no execution of this process holds resumes the run,
 * and a run whose executing process was killed before the approval is failed with the reason.
 */
class LostRunsTest {

    @TempDir
    Path dataDir;

    @Test
    void approvalAfterARestart_isDelivered_andARunLostBeforeApproval_isFailedWithTheReason() throws Exception {
        long waiting;
        int port;
        try (LocalRuntime first = LocalRuntime.start(dataDir, LocalDatabase.open(dataDir), 0, List.of())) {
            port = first.platform().port();
            var context = first.platform().context();
            CatalogSeed.ensure(context.getBean(CatalogService.class), "seed");
            try (InputStream sample = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
                context.getBean(RawStore.class).put("inbox/vendor-visitors/visitors.csv", sample);
            }
            JsonNode started = call(port, "POST", "/pipeline/runs", "sato", "operator",
                    "{\"dataset\":\"vendor-visitors\",\"inboxKey\":\"inbox/vendor-visitors/visitors.csv\",\"outOfRound\":true}", 201);
            assertThat(first.pipeline().awaitApprovalOrEnd(started.get("executionName").asText(), Duration.ofMinutes(2)))
                    .isTrue();
            waiting = started.get("id").asLong();
        }
        // A process that really ran and was really killed, named as the executor of a run it left RUNNING.
        Process killed = new ProcessBuilder("sleep", "600").start();
        String executor = "local:" + killed.pid() + ":" + killed.info().startInstant().orElseThrow().toEpochMilli();
        killed.destroyForcibly().waitFor();

        // Temporary files of an interrupted write: an old one is swept at start-up, a fresh one (a write in
        // progress in another process) is kept.
        Path objects = dataDir.resolve("objects/resas-ops-raw/raw");
        java.nio.file.Files.createDirectories(objects);
        Path orphan = java.nio.file.Files.writeString(objects.resolve(".put123.tmp"), "partial");
        java.nio.file.Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(Duration.ofHours(1))));
        Path inProgress = java.nio.file.Files.writeString(objects.resolve(".put456.tmp"), "writing");

        try (LocalRuntime second = LocalRuntime.start(dataDir, LocalDatabase.open(dataDir), 0, List.of())) {
            port = second.platform().port();
            Sql sql = second.platform().context().getBean(Sql.class);
            assertThat(status(port, waiting)).isEqualTo("AWAITING_APPROVAL");
            assertThat(sql.queryOne("SELECT executor FROM pipeline_run WHERE id = ?", row -> row.getString(1), waiting))
                    .contains(jp.resas.ops.local.pipeline.LocalPipeline.EXECUTOR);

            call(port, "POST", "/pipeline/runs/" + waiting + "/heartbeat", "tanaka", "approver", "{}", 200);
            call(port, "POST", "/pipeline/runs/" + waiting + "/approve", "tanaka", "approver", "{\"comment\":\"OK\"}", 200);
            assertThat(second.pipeline().awaitApprovalOrEnd(second.pipeline()
                    .resumedExecution(new jp.resas.ops.pipeline.RunId(waiting)).orElseThrow(), Duration.ofMinutes(2))).isFalse();
            assertThat(status(port, waiting)).isEqualTo("PUBLISHED");

            // A run left RUNNING by the killed process is found by the watch and failed with the reason.
            long lost = sql.queryOne("""
                    INSERT INTO pipeline_run (dataset_id, execution_name, status, reference_date, started_by, started_at, executor)
                    VALUES ('vendor-visitors', 'manual-lost-vendor-visitors', 'RUNNING', current_date, 'sato', now(), ?)
                    RETURNING id""", row -> row.getLong(1), executor).orElseThrow();
            assertThat(second.pipeline().recoverLostRuns()).isEqualTo(1);
            assertThat(status(port, lost)).isEqualTo("FAILED");
            assertThat(sql.queryOne("SELECT failure_reason FROM pipeline_run WHERE id = ?", row -> row.getString(1), lost))
                    .get().asString().startsWith("Pipeline.ExecutionLost").contains(String.valueOf(killed.pid()));
            assertThat(sql.queryOne("SELECT count(*) FROM incident i JOIN pipeline_run r ON r.incident_id = i.id WHERE r.id = ?",
                    row -> row.getLong(1), lost)).contains(1L);
            // Nothing else is lost: the watch settles nothing more.
            assertThat(second.pipeline().recoverLostRuns()).isZero();
            assertThat(orphan).doesNotExist();
            assertThat(inProgress).exists();

            // An operator cancels a run waiting for approval: FAILED with the reason, no incident, not twice.
            JsonNode again = call(port, "POST", "/pipeline/runs", "sato", "operator",
                    "{\"dataset\":\"vendor-visitors\",\"inboxKey\":\"inbox/vendor-visitors/visitors.csv\",\"outOfRound\":true}", 201);
            assertThat(second.pipeline().awaitApprovalOrEnd(again.get("executionName").asText(), Duration.ofMinutes(2))).isTrue();
            long cancelled = again.get("id").asLong();
            call(port, "POST", "/pipeline/runs/" + cancelled + "/cancel", "tanaka", "approver", "{}", 403);
            call(port, "POST", "/pipeline/runs/" + cancelled + "/cancel", "sato", "operator", "{\"comment\":\"誤投入\"}", 200);
            assertThat(status(port, cancelled)).isEqualTo("FAILED");
            assertThat(sql.queryOne("SELECT failure_reason || '|' || (incident_id IS NULL) FROM pipeline_run WHERE id = ?",
                    row -> row.getString(1), cancelled)).contains("Pipeline.Cancelled: 取消（sato）: 誤投入|true");
            assertThat(second.pipeline().awaitApprovalOrEnd(again.get("executionName").asText(), Duration.ofMinutes(2))).isFalse();
            assertThat(status(port, cancelled)).isEqualTo("FAILED");
            call(port, "POST", "/pipeline/runs/" + cancelled + "/cancel", "sato", "operator", "{}", 409);
        }
    }

    private String status(int port, long run) throws IOException, InterruptedException {
        JsonNode answer = call(port, "GET", "/pipeline/runs/" + run, "kato", "viewer", null, 200);
        return answer.path("run").path("status").asText(answer.path("status").asText());
    }

    private JsonNode call(int port, String method, String path, String user, String group, String body, int expected)
            throws IOException, InterruptedException {
        String token = LocalSecurity.issuer(LocalSecurity.secret(dataDir), Clock.systemUTC())
                .issue(user, List.of(group), Duration.ofMinutes(5));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return new ObjectMapper().readTree(response.body());
    }

}
