package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A Task's TimeoutSeconds interrupts an in-process function that runs too long: States.Timeout. */
class TaskTimeoutTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final CountDownLatch never = new CountDownLatch(1);

    /** Blocks until interrupted, as a handler stuck on I/O would. */
    private final LambdaFunction stuck = (event, requestId) -> {
        started.countDown();
        try {
            never.await(5, TimeUnit.MINUTES);
            return Json.object().put("finished", true);
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw new LambdaFunctionError("java.lang.InterruptedException", "interrupted", List.of());
        }
    };

    private static StateMachine machine(String catchJson) {
        return StateMachine.parse("Timeouts", """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Fn",
                           "TimeoutSeconds": 1, %s "End": true},
                  "TimedOut": {"Type": "Pass", "Result": "fallback", "End": true}}}""".formatted(catchJson));
    }

    private Runner runner(boolean realTime, LambdaFunction fn) {
        return new Runner(RunnerConfig.builder().realTime(realTime).lambdas(LambdaFunctions.of(Map.of("Fn", fn)))
                .build());
    }

    @Test
    void onTheVirtualClock_theHandlerIsInterrupted_whenTheClockPassesTheTimeout() throws Exception {
        try (Runner runner = runner(false, stuck)) {
            Execution execution = runner.start(machine(""), "virtual", Json.object());
            assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);

            runner.virtualClock().advance(Duration.ofSeconds(2));
            execution.await(WAIT);

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(interrupted.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("handler interrupted").isTrue();
            assertThat(execution.history()).extracting(HistoryEvent::type).contains("LambdaFunctionTimedOut")
                    .doesNotContain("LambdaFunctionSucceeded");
        }
    }

    @Test
    void onTheRealClock_aStuckHandler_endsInStatesTimeout_whichCatchHandles() throws Exception {
        try (Runner runner = runner(true, stuck)) {
            Execution execution = runner.run(machine("""
                    "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"}],"""), "real", Json.object());

            assertThat(execution.status()).as(execution.toJson().toString()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().asText()).isEqualTo("fallback");
            assertThat(interrupted.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("handler interrupted").isTrue();
        }
    }

    @Test
    void aHandlerWithinItsTimeout_answersAsWithout_andItsErrorsKeepTheirNames() {
        try (Runner runner = runner(false, (event, id) -> Json.object().put("ok", event.path("n").asInt() + 1))) {
            Execution ok = runner.run(machine(""), "ok", Json.object().put("n", 41));
            assertThat(ok.output()).isEqualTo(Json.object().put("ok", 42));
        }
        try (Runner runner = runner(false, (event, id) -> {
            throw new LambdaFunctionError("jp.resas.ops.ValidationException", "row 3", List.of());
        })) {
            Execution failed = runner.run(machine(""), "failed", Json.object());
            assertThat(failed.error()).isEqualTo("jp.resas.ops.ValidationException");
            assertThat(Json.parse(failed.cause()).path("errorMessage").asText()).isEqualTo("row 3");
        }
    }
}
