package jp.resas.ops.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ops API as deployed in AWS ({@code resas.pipeline.state-machine-arn} set): decisions and starts reach
 * Step Functions (a local endpoint speaking its JSON 1.0 protocol), and a refused callback stores nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepFunctionsApiTest implements TestPropertyProvider {

    private static final String JSON_10 = "application/x-amz-json-1.0";
    private static final String MACHINE = "arn:aws:states:ap-northeast-1:123456789012:stateMachine:ResasOps-DataUpdate";

    private final FakeAws aws = new FakeAws();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    PipelineService pipeline;
    @Inject
    ApprovalService approvals;
    @Inject
    RoundService rounds;
    @Inject
    RawStore raw;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.pipeline.raw-dir", Files.createTempDirectory("raw").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        properties.put("resas.pipeline.state-machine-arn", MACHINE);
        properties.put("test.sfn-endpoint", aws.endpoint().toString());
        return properties;
    }

    @BeforeAll
    void aDataset() {
        exchange(HttpRequest.PUT("/datasets/vendor-visitors", Map.of("name", "来訪者数", "publisher", "民間",
                "sourceKind", "S3_INBOX", "sourceRef", "inbox/vendor-visitors/", "menus", List.of("観光マップ"))), "kato", "operator");
    }

    @AfterAll
    void stop() {
        aws.close();
    }

    private RunId awaitingApproval(String executionName, String token) throws IOException {
        RunId run = pipeline.start("vendor-visitors", null, executionName, null, "kato", true).id();
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            raw.put("inbox/vendor-visitors/" + executionName + ".csv", in);
        }
        for (Chunk chunk : pipeline.collect(run, "inbox/vendor-visitors/" + executionName + ".csv")) {
            pipeline.processChunk(run, chunk, null);
        }
        pipeline.complete(run);
        approvals.awaiting(run, token);
        return run;
    }

    private HttpResponse<JsonNode> exchange(io.micronaut.http.MutableHttpRequest<?> request, String user, String group) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(TestPlatform.token(user, group)), JsonNode.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(JsonNode.class).map(body -> HttpResponse.status(e.getStatus()).body(body))
                    .orElseGet(() -> HttpResponse.status(e.getStatus()));
        }
    }

    private JsonNode run(RunId id) {
        return exchange(HttpRequest.GET("/pipeline/runs/" + id.value()), "sato", "viewer").body().path("run");
    }

    private long approvalsAudited(RunId id) {
        return sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'pipeline.run.approved' AND target_id = ?",
                row -> row.getLong(1), String.valueOf(id.value())).orElseThrow();
    }

    @Test
    void givenAWaitingExecution_whenTheOwnerApproves_thenSendTaskSuccessCarriesTheStoredToken_andTheDecisionIsStored() throws IOException {
        aws.answerWhen("AWSStepFunctions.SendTaskSuccess", "token-of-sfn-approved", 200, JSON_10,
                Resources.bytes("aws/stepfunctions/apiref_SendTaskSuccess.json"));
        RunId run = awaitingApproval("sfn-approved", "token-of-sfn-approved");

        HttpResponse<JsonNode> response = exchange(HttpRequest.POST("/pipeline/runs/" + run.value() + "/approve",
                Map.of("comment", "確認済み")), "suzuki", "approver");

        assertThat(response.code()).isEqualTo(200);
        assertThat(aws.requests("AWSStepFunctions.SendTaskSuccess")).extracting(FakeAws.Request::body)
                .anySatisfy(body -> assertThat(body).contains("\"taskToken\":\"token-of-sfn-approved\""));
        assertThat(run(run).path("decidedBy").asText()).isEqualTo("suzuki");
        assertThat(approvalsAudited(run)).isEqualTo(1);
    }

    @Test
    void givenAWaitingExecution_whenTheApproverIsStillReviewing_thenSendTaskHeartbeatCarriesTheToken_andNothingIsDecided()
            throws IOException {
        aws.answerWhen("AWSStepFunctions.SendTaskHeartbeat", "token-of-sfn-heartbeat", 200, JSON_10,
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RunId run = awaitingApproval("sfn-heartbeat", "token-of-sfn-heartbeat");

        HttpResponse<JsonNode> response = exchange(HttpRequest.POST("/pipeline/runs/" + run.value() + "/heartbeat", Map.of()),
                "suzuki", "approver");

        assertThat(response.code()).isEqualTo(200);
        assertThat(aws.requests("AWSStepFunctions.SendTaskHeartbeat")).extracting(FakeAws.Request::body)
                .anySatisfy(body -> assertThat(body).contains("\"taskToken\":\"token-of-sfn-heartbeat\""));
        assertThat(run(run).path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(run(run).path("decidedBy").isNull() || run(run).path("decidedBy").isMissingNode()).isTrue();
    }

    @Test
    void givenAStartedButNotWaitingRun_whenAHeartbeatIsSent_then409() {
        RunId run = pipeline.start("vendor-visitors", null, "sfn-not-waiting", null, "kato", true).id();

        assertThat(exchange(HttpRequest.POST("/pipeline/runs/" + run.value() + "/heartbeat", Map.of()), "suzuki",
                "approver").code()).isEqualTo(409);
        assertThat(exchange(HttpRequest.POST("/pipeline/runs/" + run.value() + "/heartbeat", Map.of()), "sato",
                "operator").code()).isEqualTo(403);
    }

    @Test
    void givenTheTaskTimedOut_whenTheOwnerApproves_then409NamesTaskTimedOut_andNothingIsStored() throws IOException {
        RunId run = awaitingApproval("sfn-timed-out", "token-of-sfn-timed-out");
        aws.answerWhen("AWSStepFunctions.SendTaskSuccess", "token-of-sfn-timed-out", 400, JSON_10,
                Resources.bytes("aws/stepfunctions/apiref_error_TaskTimedOut.json"));

        HttpResponse<JsonNode> response = exchange(HttpRequest.POST("/pipeline/runs/" + run.value() + "/approve",
                Map.of("comment", "確認済み")), "suzuki", "approver");

        assertThat(response.code()).isEqualTo(409);
        assertThat(response.body().path("message").asText()).contains("TaskTimedOut").contains("判断は記録されていません");
        assertThat(run(run).path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(run(run).path("decidedBy").isNull()).isTrue();
        assertThat(approvalsAudited(run)).isZero();
    }

    @Test
    void givenARoundsDataset_whenStartedTwice_thenOneExecutionNamedByRoundAndDataset_andTheSecondAnswers200() throws IOException {
        long round = rounds.plan("2025年度第1回", List.of(new RoundService.PlannedItem("vendor-visitors",
                LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-20"))), new Actor("kato", "test"));
        rounds.approve(round, new Actor("suzuki", "test"));
        aws.answerJson("AWSStepFunctions.StartExecution", Resources.text("aws/stepfunctions/apiref_StartExecution.json"), JSON_10);
        aws.answer("AWSStepFunctions.StartExecution", 400, JSON_10,
                Resources.bytes("aws/stepfunctions/apiref_error_ExecutionAlreadyExists.json"));
        Map<String, Object> body = Map.of("dataset", "vendor-visitors", "roundId", round, "inboxKey", "inbox/vendor-visitors/a.csv");

        HttpResponse<JsonNode> first = exchange(HttpRequest.POST("/pipeline/runs", body), "kato", "operator");
        HttpResponse<JsonNode> second = exchange(HttpRequest.POST("/pipeline/runs", body), "kato", "operator");

        assertThat(first.code()).isEqualTo(201);
        assertThat(second.code()).isEqualTo(200);
        assertThat(second.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
        JsonNode request = new ObjectMapper().readTree(aws.requests("AWSStepFunctions.StartExecution").get(0).body());
        assertThat(request.path("stateMachineArn").asText()).isEqualTo(MACHINE);
        assertThat(request.path("name").asText()).isEqualTo("round-" + round + "-vendor-visitors");
        assertThat(new ObjectMapper().readTree(request.path("input").asText()).path("runId").asLong())
                .isEqualTo(first.body().path("id").asLong());
    }

    @Test
    void givenStepFunctionsRefusesTheStart_whenAManualRunIsStarted_then503_andTheRunIsClosedAsFailed() {
        // The input names who started the run; only this test's requests carry this user.
        aws.answerWhen("AWSStepFunctions.StartExecution", "manual-starter", 400, JSON_10,
                "{\"__type\":\"StateMachineDoesNotExist\",\"message\":\"State Machine Does Not Exist\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<JsonNode> refused = exchange(HttpRequest.POST("/pipeline/runs",
                Map.of("dataset", "vendor-visitors", "inboxKey", "inbox/vendor-visitors/b.csv", "outOfRound", true)), "manual-starter",
                "operator");

        assertThat(refused.code()).as(String.valueOf(refused.body())).isEqualTo(503);
        JsonNode runs = exchange(HttpRequest.GET("/pipeline/runs?dataset=vendor-visitors"), "kato", "viewer").body();
        JsonNode run = java.util.stream.StreamSupport.stream((runs.isArray() ? runs : runs.path("items")).spliterator(), false)
                .filter(r -> "manual-starter".equals(r.path("startedBy").asText())).findFirst().orElseThrow();
        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("failureReason").asText()).startsWith(PipelineCommands.START_FAILED);
    }
}
