package jp.resas.ops.local.pipeline;

import static jp.resas.ops.sfn.testing.SfnTestKit.statesEntered;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.ExecutionStatus;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.Runner;
import jp.resas.ops.sfn.StateMachine;
import jp.resas.ops.sfn.testing.SfnTestKit;
import org.junit.jupiter.api.Test;

/** Every path of the shipped data-update definition, its Lambda steps answered by stubs. */
class DataUpdatePathsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final StateMachine MACHINE = StateMachine.parse("DataUpdate", LocalPipeline.definition());

    private final List<JsonNode> failures = new CopyOnWriteArrayList<>();

    private SfnTestKit kit(boolean passes) {
        return SfnTestKit.of(MACHINE)
                .lambda("pipeline-collect", event -> event.path("action").asText().equals("start")
                        ? Json.parse("{\"runId\":7}")
                        : Json.parse("{\"runId\":7,\"versionId\":5,\"chunks\":[{\"runId\":7,\"chunk\":{\"index\":0}},{\"runId\":7,\"chunk\":{\"index\":1}}]}"))
                .lambda("pipeline-process", event -> event.path("action").asText().equals("complete")
                        ? Json.parse("{\"passed\":" + passes + ",\"errors\":" + (passes ? 0 : 3) + ",\"warnings\":0}")
                        : Json.parse("{\"rows\":10}"))
                .lambda("pipeline-approval", event -> Json.parse("{\"status\":\"AWAITING_APPROVAL\"}"))
                .lambda("pipeline-publish", event -> Json.parse("{\"versionId\":3}"))
                .lambda("pipeline-fail", event -> {
                    failures.add(event);
                    return Json.parse("{\"status\":\"FAILED\"}");
                });
    }

    private static JsonNode input() {
        return LocalPipeline.input(null, "vendor-visitors", 1L, "inbox/vendor-visitors/a.csv", "kato");
    }

    @Test
    void approvedRun_collectsProcessesValidates_waitsForTheOwner_thenPublishesAndWritesItsManifest() {
        try (Runner runner = kit(true).runner()) {
            Execution execution = runner.start(MACHINE, "round-1-vendor-visitors", input());
            runner.sendTaskSuccess(runner.awaitTaskToken(execution, WAIT).token(), Json.parse("{\"approved\":true}"));
            execution.await();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(statesEntered(execution)).containsSubsequence("StartRun", "Collect", "ProcessChunks", "Validate",
                    "Passed?", "AwaitApproval", "Publish", "WriteManifest", "Published");
            assertThat(runner.config().store().get("resas-ops-staging", "manifests/run-7.json")).isPresent();
        }
    }

    @Test
    void secondDeliveryOfAScheduledTime_stopsAtOnce_withoutCollecting() {
        List<JsonNode> collected = new CopyOnWriteArrayList<>();
        Execution execution = kit(true)
                .lambda("pipeline-collect", event -> {
                    collected.add(event);
                    return Json.parse("{\"runId\":null,\"duplicate\":true}");
                })
                .run(Json.MAPPER.valueToTree(jp.resas.ops.pipeline.ExecutionInput
                        .scheduled("census-population", "2027-01-04T00:00:00Z").fields()));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(statesEntered(execution)).contains("StartRun", "AlreadyStarted?", "AlreadyStarted")
                .doesNotContain("Collect", "RecordFailure");
        assertThat(collected).singleElement().satisfies(event ->
                assertThat(event.path("scheduledTime").asText()).isEqualTo("2027-01-04T00:00:00Z"));
    }

    @Test
    void validationErrors_endInRecordFailure_withTheValidationError_andPublishNothing() {
        Execution execution = kit(false).run(input());
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(statesEntered(execution)).contains("ValidationFailed", "RecordFailure").doesNotContain("AwaitApproval", "Publish");
        assertThat(failures).singleElement().satisfies(event ->
                assertThat(event.path("error").path("Error").asText()).isEqualTo("Pipeline.ValidationFailed"));
    }

    @Test
    void aFailingChunk_failsTheMap_noFailureTolerated() {
        Execution execution = kit(true).lambdaFails("pipeline-process", "UncheckedIOException", "chunk 1 unreadable")
                .run(input());
        assertThat(statesEntered(execution)).contains("ProcessChunks", "RecordFailure").doesNotContain("Validate");
        assertThat(failures).hasSize(1);
    }

    @Test
    void approvalNobodyAnswers_timesOut_andIsRecordedAsAFailure() throws Exception {
        try (Runner runner = kit(true).runner()) {
            Execution execution = runner.start(MACHINE, "silent", input());
            runner.awaitTaskToken(execution, WAIT);
            runner.virtualClock().advance(Duration.ofDays(3).plusSeconds(1));
            execution.await(WAIT);
            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(failures).singleElement().satisfies(event ->
                    assertThat(event.path("error").path("Error").asText()).isEqualTo("States.HeartbeatTimeout"));
        }
    }

    @Test
    void rejection_isRecorded_andNothingIsPublished() throws Exception {
        try (Runner runner = kit(true).runner()) {
            Execution execution = runner.start(MACHINE, "rejected", input());
            runner.sendTaskFailure(runner.awaitTaskToken(execution, WAIT).token(), "Pipeline.Rejected", "数値が不自然");
            execution.await(WAIT);
            assertThat(statesEntered(execution)).contains("RecordFailure").doesNotContain("Publish");
            assertThat(failures).singleElement().satisfies(event ->
                    assertThat(event.path("error").path("Error").asText()).isEqualTo("Pipeline.Rejected"));
        }
    }

    @Test
    void resumedRun_goesStraightToTheApproval() throws Exception {
        try (Runner runner = kit(true).runner()) {
            Execution execution = runner.start(MACHINE, "resumed", Json.parse("{\"runId\":7,\"resume\":true}"));
            runner.sendTaskSuccess(runner.awaitTaskToken(execution, WAIT).token(), Json.object());
            execution.await(WAIT);
            assertThat(statesEntered(execution)).startsWith("Defaults", "Resume?", "ResumeRun", "AwaitApproval").doesNotContain("Collect");
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }
}
