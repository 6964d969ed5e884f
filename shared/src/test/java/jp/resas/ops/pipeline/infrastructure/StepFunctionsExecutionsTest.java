package jp.resas.ops.pipeline.infrastructure;

import static jp.resas.ops.pipeline.infrastructure.StepFunctionsCallbacksTest.JSON_10;
import static jp.resas.ops.pipeline.infrastructure.StepFunctionsCallbacksTest.body;
import static jp.resas.ops.pipeline.infrastructure.StepFunctionsCallbacksTest.only;
import static jp.resas.ops.pipeline.infrastructure.StepFunctionsCallbacksTest.refuse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.pipeline.ExecutionRedriver;
import jp.resas.ops.pipeline.ExecutionStarter.Outcome;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The real SDK client against a local endpoint answering StartExecution in JSON 1.0. */
class StepFunctionsExecutionsTest {

    private static final String MACHINE = "arn:aws:states:ap-northeast-1:123456789012:stateMachine:ResasOps-DataUpdate";
    private static final Run RUN = new Run(new RunId(7), new jp.resas.ops.dataset.DatasetId("vendor-visitors"), 7L, "round-7-vendor-visitors", RunStatus.RUNNING,
            LocalDate.parse("2024-12-31"), "kato", Instant.parse("2025-05-01T00:00:00Z"), null, null, null, null, null, null, null);

    private final FakeAws aws = new FakeAws();
    private final StepFunctionsExecutions executions = new StepFunctionsExecutions(aws.client(SfnClient.builder()), MACHINE);

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void givenARun_whenStarted_thenStartExecutionNamesTheRunOnTheStateMachine() throws IOException {
        aws.answerJson("AWSStepFunctions.StartExecution", Resources.text("aws/stepfunctions/apiref_StartExecution.json"), JSON_10);

        Outcome outcome = executions.start(RUN, "inbox/vendor-visitors/2025.csv");

        FakeAws.Request request = only(aws, "AWSStepFunctions.StartExecution");
        assertThat(outcome).isEqualTo(Outcome.STARTED);
        assertThat(request.header("Content-Type")).isEqualTo(JSON_10);
        assertThat(body(request).path("stateMachineArn").asText()).isEqualTo(MACHINE);
        assertThat(body(request).path("name").asText()).isEqualTo("round-7-vendor-visitors");
    }

    @Test
    void givenARun_whenStarted_thenTheInputIsTheLocalRunnersWithEveryFieldPresent() throws IOException {
        aws.answerJson("AWSStepFunctions.StartExecution", Resources.text("aws/stepfunctions/apiref_StartExecution.json"), JSON_10);

        executions.start(RUN, null);

        JsonNode input = new ObjectMapper().readTree(body(only(aws, "AWSStepFunctions.StartExecution")).path("input").asText());
        assertThat(input.toString()).isEqualTo(
                "{\"runId\":7,\"dataset\":\"vendor-visitors\",\"roundId\":7,\"inboxKey\":null,\"startedBy\":\"kato\",\"scheduledTime\":null}");
    }

    @Test
    void givenAnExecutionOfThatNameExists_whenStartedAgain_thenItIsReportedAsAlreadyStarted() {
        refuse(aws, "AWSStepFunctions.StartExecution", "ExecutionAlreadyExists");

        assertThat(executions.start(RUN, null)).isEqualTo(Outcome.ALREADY_STARTED);
    }

    @Test
    void givenStepFunctionsRefusesOtherwise_whenStarted_thenUnavailableNamingTheErrorAndTheRun() {
        refuse(aws, "AWSStepFunctions.StartExecution", "AccessDeniedException");

        assertThatThrownBy(() -> executions.start(RUN, null)).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("AccessDeniedException").hasMessageContaining("実行 7");
    }

    @Test
    void givenAFailedRun_whenRedriven_thenANewExecutionStartsFromTheBeginningWithTheRunsInput() throws IOException {
        aws.answerJson("AWSStepFunctions.StartExecution", Resources.text("aws/stepfunctions/apiref_StartExecution.json"), JSON_10);

        assertThat(executions.redrive(RUN, "round-7-vendor-visitors", "inbox/vendor-visitors/2025.csv"))
                .isEqualTo(ExecutionRedriver.Outcome.REDRIVEN);

        FakeAws.Request request = only(aws, "AWSStepFunctions.StartExecution");
        assertThat(body(request).path("stateMachineArn").asText()).isEqualTo(MACHINE);
        assertThat(body(request).path("name").asText()).matches("round-7-vendor-visitors-redrive-\\d+");
        JsonNode input = new ObjectMapper().readTree(body(request).path("input").asText());
        assertThat(input.path("runId").asLong()).isEqualTo(7);
        assertThat(input.path("inboxKey").asText()).isEqualTo("inbox/vendor-visitors/2025.csv");
    }

    @Test
    void givenALongExecutionName_thenTheRedrivenNameStaysWithinEightyCharacters() {
        String name = StepFunctionsExecutions.redriveName("x".repeat(80), Instant.parse("2026-11-28T00:00:00Z"));

        assertThat(name).hasSize(80).endsWith("-redrive-1795824000");
    }

    @Test
    void givenStepFunctionsRefusesTheRedrive_thenItIsAConflictNamingTheError() {
        refuse(aws, "AWSStepFunctions.StartExecution", "ExecutionLimitExceeded");

        assertThatThrownBy(() -> executions.redrive(RUN, "round-7-vendor-visitors", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ExecutionLimitExceeded").hasMessageContaining("実行 7")
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("NOT_REDRIVABLE"));
    }

    @Test
    void givenStepFunctionsIsUnavailable_whenRedriven_thenUnavailable() {
        aws.answer("AWSStepFunctions.StartExecution", 503, JSON_10,
                Resources.bytes("aws/stepfunctions/apiref_error_ServiceUnavailable.json"));

        assertThatThrownBy(() -> executions.redrive(RUN, "round-7-vendor-visitors", null)).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("実行 7");
    }
}
