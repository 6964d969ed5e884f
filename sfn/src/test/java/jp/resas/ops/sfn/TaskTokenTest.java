package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.resas.ops.sfn.testutils.Definitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskTokenTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Runner runner = new Runner(RunnerConfig.builder()
            .lambdas(LambdaFunctions.of(java.util.Map.of(
                    "LoadVersion", (event, id) -> Json.object().put("version", "v7"),
                    "RequestApproval", (event, id) -> Json.object())))
            .build());
    private final StateMachine approval = StateMachine.parse("Approval", Definitions.read("approval.asl.json"));

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void sendTaskSuccess_resumesTheExecution_withTheCallbackOutput() throws Exception {
        Execution execution = runner.start(approval, "approve", Json.object());

        Runner.PendingTask task = runner.awaitTaskToken(execution, WAIT);
        runner.sendTaskSuccess(task.token(), Json.object().put("approver", "owner"));

        execution.await(WAIT);
        assertThat(task.stateName()).isEqualTo("Approve");
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(Json.parse("{\"published\":\"v7\",\"by\":\"owner\"}"));
        List<String> types = execution.history().stream().map(HistoryEvent::type).toList();
        assertThat(types).containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
    }

    @Test
    void sendTaskFailure_goesToTheCatcher() throws Exception {
        Execution execution = runner.start(approval, "reject", Json.object());

        runner.sendTaskFailure(runner.awaitTaskToken(execution, WAIT).token(), "Rejected", "figures look wrong");

        execution.await(WAIT);
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("NotApproved");
        assertThat(execution.cause()).isEqualTo("figures look wrong");
    }

    @Test
    void noHeartbeat_withinHeartbeatSeconds_failsWithHeartbeatTimeout() throws Exception {
        Execution execution = runner.start(approval, "silent", Json.object());
        runner.awaitTaskToken(execution, WAIT);

        runner.virtualClock().advance(Duration.ofSeconds(3601));

        execution.await(WAIT);
        assertThat(execution.error()).isEqualTo("States.HeartbeatTimeout");
    }

    @Test
    void heartbeat_extendsTheDeadline() throws Exception {
        Execution execution = runner.start(approval, "beating", Json.object());
        Runner.PendingTask task = runner.awaitTaskToken(execution, WAIT);

        runner.virtualClock().advance(Duration.ofSeconds(3000));
        runner.sendTaskHeartbeat(task.token());
        runner.virtualClock().advance(Duration.ofSeconds(3000));
        runner.sendTaskSuccess(task.token(), Json.object().put("approver", "owner"));

        assertThat(execution.await(WAIT).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void theTaskToken_isPassedToTheInvokedFunction() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        try (Runner own = new Runner(RunnerConfig.builder().lambdas(LambdaFunctions.of(java.util.Map.of(
                "LoadVersion", (event, id) -> Json.object().put("version", "v1"),
                "RequestApproval", (event, id) -> {
                    seen.set(event.get("token").asText());
                    return Json.object();
                }))).build())) {
            Execution execution = own.start(approval, "token", Json.object());
            Runner.PendingTask task = own.awaitTaskToken(execution, WAIT);
            own.sendTaskSuccess(task.token(), Json.object().put("approver", "x"));
            execution.await(WAIT);
            assertThat(seen.get()).isEqualTo(task.token());
        }
    }
}
