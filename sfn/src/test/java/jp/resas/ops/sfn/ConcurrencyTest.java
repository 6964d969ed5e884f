package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Parallel branches and Map items run at once on the runner's bounded pool, at most MaxConcurrency
 * items of a Map; results and history are those of a run one after another.
 */
class ConcurrencyTest {

    private static final long WAIT_SECONDS = 30;
    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    /** Counts the calls running at once; with a barrier, returns only when {@code parties} calls meet there. */
    private LambdaFunction counting(CyclicBarrier barrier) {
        return (event, requestId) -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (barrier != null) {
                    barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
                }
                return Json.object().set("echo", event);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new LambdaFunctionError("NotConcurrent", "the other calls never came: " + e, List.of());
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    private static Runner runner(RunnerConfig.Builder builder, Map<String, LambdaFunction> functions) {
        return new Runner(builder.lambdas(LambdaFunctions.of(functions)).build());
    }

    private static StateMachine parallel(int branches) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < branches; i++) {
            list.append(i == 0 ? "" : ",").append("""
                    {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "%sMeet",
                      "Parameters": {"branch": %d}, "OutputPath": "$.echo.branch", "End": true}}}""".formatted(FN, i));
        }
        return StateMachine.parse("Par", """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [%s], "End": true}}}"""
                .formatted(list));
    }

    private static StateMachine map(int maxConcurrency) {
        return StateMachine.parse("Map", """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": %d,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Call", "States": {
                    "Call": {"Type": "Task", "Resource": "%sMeet", "OutputPath": "$.echo", "End": true}}},
                  "End": true}}}""".formatted(maxConcurrency, FN));
    }

    @Test
    void parallelBranches_runAtOnce_andAnswerInBranchOrder() {
        // each call returns only when all three are running: one after another it would fail
        try (Runner runner = runner(RunnerConfig.builder(), Map.of("Meet", counting(new CyclicBarrier(3))))) {
            Execution e = runner.run(parallel(3), "par", Json.object());

            assertThat(e.status()).as(e.toJson().toString()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(e.output()).isEqualTo(Json.parse("[0, 1, 2]"));
            assertThat(mostInFlight.get()).isEqualTo(3);
        }
    }

    @Test
    void mapItems_runAtOnce_butNeverMoreThanMaxConcurrency() {
        // pairs meet at the barrier, so two run at once; MaxConcurrency 2 keeps a third out
        try (Runner runner = runner(RunnerConfig.builder(), Map.of("Meet", counting(new CyclicBarrier(2))))) {
            Execution e = runner.run(map(2), "map", Json.parse("[1, 2, 3, 4, 5, 6]"));

            assertThat(e.status()).as(e.toJson().toString()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(e.output()).isEqualTo(Json.parse("[1, 2, 3, 4, 5, 6]"));
            assertThat(mostInFlight.get()).isEqualTo(2);
        }
    }

    @Test
    void mapMaxConcurrencyOne_runsItemsOneAfterAnother() {
        try (Runner runner = runner(RunnerConfig.builder(), Map.of("Meet", counting(null)))) {
            Execution e = runner.run(map(1), "one", Json.parse("[1, 2, 3, 4]"));

            assertThat(e.output()).isEqualTo(Json.parse("[1, 2, 3, 4]"));
            assertThat(mostInFlight.get()).isEqualTo(1);
        }
    }

    @Test
    void theRunnersPool_boundsBranchesAtOnce_whateverTheirNumber() {
        try (Runner runner = runner(RunnerConfig.builder().concurrency(2), Map.of("Meet", counting(null)))) {
            Execution e = runner.run(parallel(6), "bounded", Json.object());

            assertThat(e.output()).isEqualTo(Json.parse("[0, 1, 2, 3, 4, 5]"));
            assertThat(mostInFlight.get()).isBetween(1, 2);
        }
    }

    @Test
    void theHistory_isTheSameAsOneAfterAnother_idsAndPreviousIdsIncluded() {
        StateMachine machine = StateMachine.parse("Nested", """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "T"},
                     "T": {"Type": "Task", "Resource": "%1$sEcho", "End": true}}},
                  {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
                     "ItemProcessor": {"StartAt": "I", "States": {
                       "I": {"Type": "Task", "Resource": "%1$sEcho", "Next": "W"},
                       "W": {"Type": "Wait", "Seconds": 5, "End": true}}}, "End": true}}}],
                  "Next": "Bad"},
                  "Bad": {"Type": "Pass", "Parameters": {"x.$": "$.nope"}, "End": true}}}""".formatted(FN));
        LambdaFunction echo = (event, id) -> event;
        Execution alone;
        try (Runner runner = runner(RunnerConfig.builder().concurrency(1), Map.of("Echo", echo))) {
            alone = runner.run(machine, "alone", Json.parse("{\"xs\": [1, 2, 3]}"));
        }
        try (Runner runner = runner(RunnerConfig.builder(), Map.of("Echo", echo))) {
            Execution together = runner.run(machine, "together", Json.parse("{\"xs\": [1, 2, 3]}"));

            assertThat(together.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(together.toJson()).isEqualTo(alone.toJson());
            assertThat(shape(together)).isEqualTo(shape(alone)).hasSizeGreaterThan(30);
        }
    }

    private static List<String> shape(Execution e) {
        return e.history().stream().map(h -> h.id() + "<" + h.previousEventId() + " " + h.type() + " "
                + h.details().path("name").asText() + h.details().path("index").asText()).toList();
    }

    @Test
    void aFailingBranch_failsTheState_withTheFirstFailureInOrder_andStopsTheBranchesAfterIt() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch slowInterrupted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        LambdaFunction slow = (event, id) -> {
            slowStarted.countDown();
            try {
                never.await(WAIT_SECONDS, TimeUnit.SECONDS);
                return Json.object();
            } catch (InterruptedException e) {
                slowInterrupted.countDown();
                throw new LambdaFunctionError("Interrupted", "stopped", List.of());
            }
        };
        LambdaFunction fails = (event, id) -> {
            try {
                slowStarted.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new LambdaFunctionError("Broken", "branch 1 broke", List.of());
        };
        StateMachine machine = StateMachine.parse("Fails", """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [
                  {"StartAt": "Ok", "States": {"Ok": {"Type": "Pass", "End": true}}},
                  {"StartAt": "F", "States": {"F": {"Type": "Task", "Resource": "%1$sFails", "End": true}}},
                  {"StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "%1$sSlow", "End": true}}}],
                  "End": true}}}""".formatted(FN));
        try (Runner runner = runner(RunnerConfig.builder(), Map.of("Fails", fails, "Slow", slow))) {
            Execution e = runner.run(machine, "fails", Json.object());

            assertThat(e.error()).isEqualTo("Broken");
            assertThat(slowInterrupted.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("branch 2 interrupted").isTrue();
            assertThat(e.history()).extracting(HistoryEvent::type).doesNotContain("ParallelStateSucceeded");
        }
    }
}
