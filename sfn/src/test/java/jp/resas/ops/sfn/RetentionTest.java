package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A runner forgets its oldest finished executions beyond RunnerConfig.retainedExecutions; running ones stay. */
class RetentionTest {

    private static final StateMachine PASS = StateMachine.parse("P", """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    private static final StateMachine WAITS_FOR_A_TOKEN = StateMachine.parse("T", """
            {"StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "q", "MessageBody.$": "$$.Task.Token"}, "End": true}}}""");

    @Test
    void beyondTheBound_theOldestFinishedExecutions_areForgotten() {
        try (Runner runner = new Runner(RunnerConfig.builder().retainedExecutions(2).build())) {
            Execution first = runner.run(PASS, "first", Json.object());
            Execution second = runner.run(PASS, "second", Json.object());
            Execution third = runner.run(PASS, "third", Json.object());

            assertThat(runner.execution(first.arn())).isEmpty();
            assertThat(runner.execution(second.arn())).contains(second);
            assertThat(runner.execution(third.arn())).contains(third);
            assertThat(runner.executions()).containsExactlyInAnyOrder(second, third);
        }
    }

    @Test
    void aRunningExecution_isKept_howeverManyFinishAfterIt() throws Exception {
        try (Runner runner = new Runner(RunnerConfig.builder().retainedExecutions(1).build())) {
            Execution waiting = runner.start(WAITS_FOR_A_TOKEN, "waiting", Json.object());
            Runner.PendingTask task = runner.awaitTaskToken(waiting, Duration.ofSeconds(30));
            for (int i = 0; i < 3; i++) {
                runner.run(PASS, "quick-" + i, Json.object());
            }

            assertThat(runner.execution(waiting.arn())).contains(waiting);
            assertThat(runner.executions()).hasSize(2);

            runner.sendTaskSuccess(task.token(), Json.object());
            waiting.await(Duration.ofSeconds(30));
            assertThat(runner.execution(waiting.arn())).contains(waiting);
            assertThat(runner.executions()).containsExactly(waiting);
        }
    }

    @Test
    void theDefaultBound_isDocumented_andABoundBelowOne_isRefused() {
        assertThat(RunnerConfig.builder().build().retainedExecutions())
                .isEqualTo(RunnerConfig.DEFAULT_RETAINED_EXECUTIONS).isEqualTo(1000);
        assertThatThrownBy(() -> RunnerConfig.builder().retainedExecutions(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retainedExecutions");
    }
}
