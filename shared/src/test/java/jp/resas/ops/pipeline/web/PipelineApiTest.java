package jp.resas.ops.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.testutils.TestPlatform;
import software.amazon.awssdk.services.sfn.SfnClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    PipelineService pipeline;
    @Inject
    ApprovalService approvals;
    @Inject
    RawStore raw;
    @Inject
    ApplicationContext context;

    private long runId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.pipeline.raw-dir", Files.createTempDirectory("raw").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, Object> dataset() {
        return Map.of("name", "来訪者数", "publisher", "民間", "sourceKind", "S3_INBOX", "sourceRef", "inbox/vendor-visitors/",
                "menus", List.of("観光マップ"));
    }

    @BeforeAll
    void aRunAwaitingApproval() throws IOException {
        send(HttpRequest.PUT("/datasets/vendor-visitors", dataset()), "kato", "operator");
        RunId run = pipeline.start("vendor-visitors", null, "api-run", null, "kato", true).id();
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            raw.put("inbox/vendor-visitors/api.csv", in);
        }
        for (Chunk chunk : pipeline.collect(run, "inbox/vendor-visitors/api.csv")) {
            pipeline.processChunk(run, chunk, null);
        }
        pipeline.complete(run);
        approvals.awaiting(run, "token");
        runId = run.value();
    }

    private int send(MutableHttpRequest<?> request, String user, String group) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(TestPlatform.token(user, group)), JsonNode.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private JsonNode get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(TestPlatform.token("sato", "viewer")), JsonNode.class);
    }

    @Test
    void catalog_isReadableByViewers_andUnknownSourceKindIsA400NamingTheField() {
        assertThat(get("/datasets").findValuesAsText("name")).contains("来訪者数");
        Map<String, Object> bad = new HashMap<>(dataset());
        bad.put("sourceKind", "FTP");
        assertThat(send(HttpRequest.PUT("/datasets/vendor-visitors", bad), "kato", "operator")).isEqualTo(400);
    }

    @Test
    void runDetail_showsStepsAndTheValidationReport() {
        JsonNode run = get("/pipeline/runs/" + runId);
        assertThat(run.path("run").path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(run.path("steps").findValuesAsText("step")).contains("collect", "process", "validate", "approval");
        assertThat(run.path("report").path("observations").asLong()).isEqualTo(47 * 12);
    }

    @Test
    void approval_byTheStarterOrAnOperator_isRefused_byAnotherApprover_isRecorded() {
        assertThat(send(HttpRequest.POST("/pipeline/runs/" + runId + "/approve", Map.of()), "kato", "approver")).isEqualTo(403);
        assertThat(send(HttpRequest.POST("/pipeline/runs/" + runId + "/approve", Map.of()), "ito", "operator")).isEqualTo(403);
        assertThat(send(HttpRequest.POST("/pipeline/runs/" + runId + "/approve", Map.of("comment", "確認済み")), "suzuki", "approver"))
                .isEqualTo(200);
        assertThat(get("/pipeline/runs/" + runId).path("run").path("decidedBy").asText()).isEqualTo("suzuki");
        assertThat(send(HttpRequest.POST("/pipeline/runs/" + runId + "/approve", Map.of()), "tanaka", "approver")).isEqualTo(409);
    }

    @Test
    void round_isPlannedByAnOperator_andApprovedByAnotherApprover() {
        Map<String, Object> round = Map.of("name", "2025年度第1回", "items", List.of(Map.of("dataset", "vendor-visitors",
                "collectOn", "2025-05-01", "publishBy", "2025-05-20")));
        assertThat(send(HttpRequest.POST("/rounds", round), "kato", "operator")).isEqualTo(201);
        long id = get("/rounds").get("items").get(0).path("id").asLong();
        assertThat(send(HttpRequest.POST("/rounds/" + id + "/approve", Map.of()), "kato", "approver")).isEqualTo(403);
        assertThat(send(HttpRequest.POST("/rounds/" + id + "/approve", Map.of()), "suzuki", "approver")).isEqualTo(200);
        assertThat(get("/rounds").get("items").get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(get("/rounds").get("items").get(0).path("items").get(0).path("slipped").asBoolean()).isTrue();
    }

    @Test
    void givenNoStateMachineArn_thenNoStepFunctionsClientIsBuilt_andTheRelaysStayForTheLocalRunner() {
        assertThat(context.findBean(SfnClient.class)).isEmpty();
    }
}
