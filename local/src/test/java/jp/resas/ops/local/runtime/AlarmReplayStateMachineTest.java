package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.resas.ops.local.sfn.lambda.InProcessHandler;
import jp.resas.ops.sfn.CdkStateMachine;
import jp.resas.ops.sfn.CdkTemplates;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.ExecutionStatus;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctions;
import jp.resas.ops.sfn.Runner;
import jp.resas.ops.sfn.RunnerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The alarm-replay state machine exactly as CDK synthesises it (infra's cdk-out artifact, unpacked into
 * local/target/cdk.out; {@code SynthesizedApp}), its Lambda task bound to the real alarm-intake handler on a local platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlarmReplayStateMachineTest {

    private static final Path CDK_OUT = jp.resas.ops.local.testing.SynthesizedApp.directory();
    private static final Path EVENTS = Path.of("..", "shared", "src", "test", "resources", "events");

    private Path dataDir;
    private PlatformHandlerFactory handlers;
    private CdkStateMachine replay;

    @BeforeAll
    void bind() throws IOException {
        replay = CdkTemplates.read(CDK_OUT, RunnerConfig.DEFAULT_REGION, RunnerConfig.DEFAULT_ACCOUNT).stream()
                .filter(machine -> machine.name().equals("resas-ops-alarm-replay")).findFirst().orElseThrow();
        dataDir = Files.createTempDirectory("replay");
        handlers = new PlatformHandlerFactory(() -> LocalPlatform.start(dataDir, LocalDatabase.open(dataDir)));
    }

    @AfterAll
    void stop() {
        handlers.close();
    }

    private Execution replay(String... eventFiles) throws IOException {
        ObjectNode input = Json.object();
        ArrayNode events = input.putArray("events");
        for (String file : eventFiles) {
            events.add(Json.parse(Files.readString(EVENTS.resolve(file))));
        }
        java.util.Map<String, LambdaFunction> functions = new java.util.LinkedHashMap<>();
        replay.handlers().forEach((name, handler) -> functions.put(name, InProcessHandler.of(name, handler,
                getClass().getClassLoader(), RunnerConfig.DEFAULT_REGION, RunnerConfig.DEFAULT_ACCOUNT, handlers)));
        try (Runner runner = new Runner(RunnerConfig.builder().lambdas(LambdaFunctions.of(functions)).build())) {
            return runner.run(replay.machine(), null, input);
        }
    }

    @Test
    void eachEvent_goesThroughIntake_inOrder_andARejectedOneDoesNotStopTheBatch() throws IOException {
        Execution execution = replay(
                "eventbridge/awsdocs_state_change_for_a_composite_alarm_with_a_suppressor_alarm.json",
                "sns/aws-lambda-java-libs_sns_event.json",
                "sns/rheoceros_composite_ALARM.envelope.json",
                "eventbridge/awsdocs_state_change_for_a_composite_alarm_with_a_suppressor_alarm.json");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = execution.output();
        List<String> outcomes = List.of(
                output.at("/0/results/0/outcome").asText(), output.at("/1/rejected").asText(),
                output.at("/2/results/0/outcome").asText(), output.at("/3/results/0/outcome").asText());
        assertThat(outcomes).containsExactly("OPENED", "true", "OPENED", "DUPLICATE");
        assertThat(output.at("/1/error").asText()).isEqualTo("jp.resas.ops.alarm.MalformedAlarmEventException");
    }
}
