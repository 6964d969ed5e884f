package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.resas.ops.sfn.testutils.Definitions;
import org.junit.jupiter.api.Test;

class TimeAndRetryTest {

    private final AtomicInteger calls = new AtomicInteger();

    private Runner runnerFailingTimes(int failures) {
        return new Runner(RunnerConfig.builder().lambdas(LambdaFunctions.of(java.util.Map.of("Flaky", (e, id) -> {
            if (calls.getAndIncrement() < failures) {
                throw new LambdaFunctionError("Busy", "try later", List.of());
            }
            return Json.object().put("attempts", calls.get());
        }))).build());
    }

    @Test
    void aOneDayWait_passesOnTheVirtualClock() {
        Runner runner = runnerFailingTimes(0);
        Instant before = runner.clock().now();

        Execution execution = runner.run(StateMachine.parse("Wait", Definitions.read("retry-wait.asl.json")), null,
                Json.object());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Duration.between(before, runner.clock().now())).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void retries_backOffByTheRate_cappedByMaxDelaySeconds() {
        Runner runner = runnerFailingTimes(3);

        Execution execution = runner.run(StateMachine.parse("Wait", Definitions.read("retry-wait.asl.json")), null,
                Json.object());

        assertThat(execution.output()).isEqualTo(Json.parse("{\"attempts\":4}"));
        List<Instant> scheduled = execution.history().stream()
                .filter(e -> e.type().equals("LambdaFunctionScheduled")).map(HistoryEvent::timestamp).toList();
        assertThat(scheduled).hasSize(4);
        assertThat(Duration.between(scheduled.get(0), scheduled.get(1))).isEqualTo(Duration.ofSeconds(10));
        assertThat(Duration.between(scheduled.get(1), scheduled.get(2))).isEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(scheduled.get(2), scheduled.get(3))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retriesExhausted_failWithTheFunctionsErrorType() {
        Runner runner = runnerFailingTimes(10);

        Execution execution = runner.run(StateMachine.parse("Wait", Definitions.read("retry-wait.asl.json")), null,
                Json.object());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Busy");
        assertThat(Json.parse(execution.cause()).get("errorMessage").asText()).isEqualTo("try later");
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void theMachinesTimeoutSeconds_endsTheExecutionTimedOut() {
        StateMachine machine = StateMachine.parse("Slow", """
                {"TimeoutSeconds": 60, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3600, "End": true}}}""");

        Execution execution = runnerFailingTimes(0).run(machine, null, Json.object());

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.history().get(execution.history().size() - 1).type()).isEqualTo("ExecutionTimedOut");
    }

    @Test
    void waitUntilATimestampPath_advancesTheClockToIt() {
        StateMachine machine = StateMachine.parse("Until", """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "TimestampPath": "$.at", "End": true}}}""");
        Runner runner = runnerFailingTimes(0);
        Instant at = runner.clock().now().plus(Duration.ofDays(30));

        runner.run(machine, null, Json.object().put("at", at.toString()));

        assertThat(runner.clock().now()).isEqualTo(at);
    }
}
